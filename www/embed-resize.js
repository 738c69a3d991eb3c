// The few lines a parent page adds so that iframe embeds are exactly as tall as the guide in
// them. Each embed posts { type: 'deletion-guide:height', height } whenever its height changes.
// Only a finite number of pixels within a sane bound is taken: any frame can post this
// message, and a height such as 1e9 or "calc(...)" must not reshape the page.
// Pages that must accept messages only from the widget's own host can also check event.origin.
addEventListener('message', (event) => {
  const { type, height } = event.data ?? {};
  if (type !== 'deletion-guide:height' || typeof height !== 'number') return;
  if (!Number.isFinite(height) || height < 0 || height > 50000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});
