// The meeting clock's "time to offer to finish" prompt, for eyes, ears and screen readers.
//
// An assertive live region that stays on the page (a region added at the moment it speaks
// is not read reliably), a short two-note chime made in the browser with WebAudio (nothing
// is fetched), and a slow glow around the window: three pulses over three seconds, well
// under the three-flashes-a-second limit, and nothing moves or shakes.

function chime() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  const audio = new Context();
  const start = audio.currentTime + 0.05;
  [660, 880].forEach((pitch, n) => {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = "sine";
    tone.frequency.value = pitch;
    const at = start + n * 0.35;
    volume.gain.setValueAtTime(0.0001, at);
    volume.gain.exponentialRampToValueAtTime(0.3, at + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
    tone.connect(volume).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.32);
  });
  setTimeout(() => audio.close(), 1500);
}

function glow() {
  const frame = document.createElement("div");
  frame.className = "ii-finish-glow";
  frame.setAttribute("aria-hidden", "true");
  document.body.append(frame);
  setTimeout(() => frame.remove(), 3200);
}

function render({ model, el }) {
  const region = document.createElement("div");
  region.className = "ii-finish-alarm";
  region.setAttribute("role", "alert");
  region.setAttribute("aria-live", "assertive");
  region.setAttribute("aria-atomic", "true");
  el.append(region);
  let seen = model.get("count");

  function ring() {
    const count = model.get("count");
    if (count === seen) return;
    seen = count;
    // Emptied first, so the same words said twice are read twice.
    region.textContent = "";
    setTimeout(() => { region.textContent = model.get("message"); }, 50);
    if (model.get("sound")) chime();
    if (model.get("flash")) glow();
    el.dataset.rang = String(count);
  }
  model.on("change:count", ring);
  return () => model.off("change:count", ring);
}

export default { render };
