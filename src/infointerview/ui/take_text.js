// A text box with a button that takes the text as it stands at the click.
//
// The browser, not the kernel, clears the box: when the kernel says it kept the text, only
// that text is removed from the box, so whatever was typed after the click (before it or
// after it) stays exactly as typed. When the kernel refuses it, the box is left alone.

function render({ model, el }) {
  const box = document.createElement("div");
  box.className = "ii-take-text";
  const label = document.createElement("label");
  const id = "ii-take-" + Math.random().toString(36).slice(2);
  label.htmlFor = id;
  label.className = "ii-take-label";
  const field = document.createElement(model.get("rows") > 1 ? "textarea" : "input");
  field.id = id;
  field.className = "ii-take-field";
  if (model.get("rows") > 1) field.rows = model.get("rows");
  else field.type = "text";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ii-take-button jupyter-button";
  box.append(label, field, button);
  el.append(box);

  const pending = new Map();
  let next = 0;

  function show() {
    label.textContent = model.get("label");
    field.placeholder = model.get("placeholder");
    button.textContent = model.get("button_label");
    field.disabled = button.disabled = model.get("disabled");
    if (field.value !== model.get("value")) field.value = model.get("value");
  }

  function take() {
    if (button.disabled) return;
    next += 1;
    pending.set(next, field.value);
    model.send({ event: "take", text: field.value, token: next });
  }

  field.addEventListener("input", () => {
    model.set("value", field.value);
    model.save_changes();
  });
  // Enter in a one-line box takes it, as a form would; Ctrl+Enter in a longer one.
  field.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (model.get("rows") <= 1 || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      take();
    }
  });
  button.addEventListener("click", take);
  model.on("change", show);
  model.on("msg:custom", (message) => {
    if (!pending.has(message.token)) return;
    const taken = pending.get(message.token);
    pending.delete(message.token);
    if (message.event !== "taken") return;
    const at = taken ? field.value.indexOf(taken) : -1;
    if (at < 0) return; // edited since the click: keep everything rather than guess
    const caret = field.selectionStart;
    field.value = field.value.slice(0, at) + field.value.slice(at + taken.length);
    if (document.activeElement === field && caret !== null) {
      const moved = caret >= at + taken.length ? caret - taken.length : Math.min(caret, at);
      field.setSelectionRange(moved, moved);
    }
    model.set("value", field.value);
    model.save_changes();
  });
  show();
  return () => model.off("change", show);
}

export default { render };
