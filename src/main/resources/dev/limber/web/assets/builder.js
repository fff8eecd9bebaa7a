// The program builder's drag to reorder: a progressive enhancement over the "Move up" and "Move
// down" buttons, which stay the way to reorder with a keyboard. After a drop the form is posted as
// the buttons post it, so the server recomputes the session's time and preview from the new order.
const form = document.querySelector("form[data-builder]");
const list = form?.querySelector("[data-chosen]");
if (form && list) {
  let dragged = null;
  list.addEventListener("dragstart", (event) => {
    dragged = event.target.closest("li[data-technique]");
    if (!dragged) return;
    dragged.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged.dataset.technique);
  });
  list.addEventListener("dragover", (event) => {
    const over = event.target.closest("li[data-technique]");
    if (!dragged || !over || over === dragged) return;
    event.preventDefault();
    const box = over.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragged, after ? over.nextSibling : over);
  });
  list.addEventListener("drop", (event) => event.preventDefault());
  list.addEventListener("dragend", () => {
    if (!dragged) return;
    dragged.classList.remove("dragging");
    dragged = null;
    const refresh = document.createElement("input");
    refresh.type = "hidden";
    refresh.name = "action";
    refresh.value = "refresh";
    form.append(refresh);
    form.noValidate = true;
    form.submit();
  });
}
