// The agent key goes to the desk element as a property: never an attribute, never storage.
const form = document.getElementById('agent');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = form.elements.namedItem('key');
  const desk = document.querySelector('recourse-case-desk');
  desk.agentKey = input.value.trim();
  input.value = '';
  form.hidden = true;
  document.getElementById('desk-wrap').hidden = false;
});
