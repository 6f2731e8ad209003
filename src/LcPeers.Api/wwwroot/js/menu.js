// On phones the main menu folds behind a button (aria-expanded tells screen readers its state). Without
// script the button stays hidden and the menu open.
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var nav = document.getElementById("main-nav");
  if (!button || !nav) {
    return;
  }

  button.hidden = false;
  nav.classList.add("collapsed");
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
    nav.classList.toggle("collapsed", open);
  });
})();
