// The few lines a parent page adds so that iframe embeds are exactly as tall as the guide in
// them. Each embed posts { type: 'deletion-guide:height', height } whenever its height changes.
// Pages that must accept messages only from the widget's own host can also check event.origin.
addEventListener('message', (event) => {
  if (event.data?.type !== 'deletion-guide:height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
