// The desk-break form's zone follows the browser's until the person saves a choice; without
// JavaScript the server's default stays selected.
const select = document.getElementById("tz");
if (select && select.dataset.followBrowser === "yes") {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && [...select.options].some((option) => option.value === zone)) {
    select.value = zone;
  }
}
