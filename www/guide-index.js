// The guide index (guides/index.html, written by the prerenderer): a search box that filters
// the list as the reader types, by service name, other names, domains and title, and says
// how many guides are shown. Without JavaScript the whole list reads as it is.
const form = document.querySelector('.guide-search');
const input = document.getElementById('guide-search');
const count = document.getElementById('guide-count');
const entries = [...document.querySelectorAll('#guide-index > li')];

const words = (text) => text.toLowerCase().split(/\s+/).filter(Boolean);

function filter() {
  const wanted = words(input.value);
  let shown = 0;
  for (const entry of entries) {
    const match = wanted.every((word) => entry.dataset.search.includes(word));
    entry.hidden = !match;
    if (match) shown += 1;
  }
  count.textContent = shown === 0
    ? `No guide matches \u201c${input.value.trim()}\u201d.`
    : `${shown} ${shown === 1 ? 'guide' : 'guides'}`;
}

// Enter goes to the first guide shown: the search is the way in, not a form to submit.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const first = entries.find((entry) => !entry.hidden);
  if (first) location.href = first.querySelector('a').href;
});
input.addEventListener('input', filter);

// How long ago each guide was last checked, in the reader's own time.
const ago = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const today = new Date();
today.setHours(0, 0, 0, 0);
for (const time of document.querySelectorAll('.guide-index time')) {
  // Whole calendar days between two local midnights (round: a day may be 23 or 25 hours).
  const days = Math.round((today - new Date(`${time.dateTime}T00:00`)) / 86400000);
  const [value, unit] = days < 31 ? [days, 'day'] : days < 365 ? [Math.floor(days / 30.4), 'month'] : [Math.floor(days / 365), 'year'];
  time.after(` (${ago.format(-value, unit)})`);
}

form.hidden = false;
filter();
