/* Admin: a live character count under the fields that have a length to respect. */
(function () {
  "use strict";
  function attach(field) {
    var limit = Number(field.dataset.charcount);
    var counter = document.createElement("p");
    counter.className = "charcount";
    counter.setAttribute("aria-live", "polite");
    field.after(counter);
    function update() {
      var length = field.value.length;
      counter.textContent = length + " / " + limit + " caractères";
      counter.classList.toggle("charcount--over", length > limit);
    }
    field.addEventListener("input", update);
    update();
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-charcount]").forEach(attach);
  });
})();
