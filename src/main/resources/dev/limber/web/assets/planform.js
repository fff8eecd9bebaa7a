// The routine form: choosing a place ticks what it brings (a desk: a chair and a wall), and "no
// free wall" and a ticked wall untick each other. The server reads the form the same way, so the
// form without this script plans the same routine.

const form = document.getElementById("routine-form");
const box = (id) => document.getElementById(id);
const chair = box("plan-equipment");
const wall = box("plan-equipment-WALL");
const noWall = box("plan-noWall");

if (form && chair && wall && noWall) {
  form.addEventListener("change", (event) => {
    const target = event.target;
    if (target.name === "place" && target.value === "DESK" && target.checked) {
      chair.checked = true;
      if (!noWall.checked) wall.checked = true;
    } else if (target === noWall && noWall.checked) {
      wall.checked = false;
    } else if (target === wall && wall.checked) {
      noWall.checked = false;
    }
  });
}
