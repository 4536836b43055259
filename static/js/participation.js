/* Readers' forms, improved: replies open under the comment, and comment, rating,
   newsletter and contact forms answer in place. Without this script every form
   still works as a plain POST followed by a page with a message. */
(function () {
  "use strict";

  var respond = document.querySelector("[data-comment-respond]");
  if (respond) {
    var home = document.createComment("comment-respond-home");
    respond.parentNode.insertBefore(home, respond);
    var parentInput = respond.querySelector("input[name=parent]");
    var cancel = respond.querySelector("[data-cancel-reply]");
    var replying = respond.querySelector("[data-replying]");

    document.addEventListener("click", function (event) {
      var link = event.target.closest("[data-reply-to]");
      if (link) {
        event.preventDefault();
        var comment = document.getElementById("comment-" + link.dataset.replyTo);
        comment.querySelector(".comment__body").after(respond);
        parentInput.value = link.dataset.replyTo;
        replying.textContent = "Vous répondez à " + link.dataset.replyName + ".";
        replying.hidden = false;
        cancel.hidden = false;
        respond.querySelector("textarea").focus();
      } else if (event.target.closest("[data-cancel-reply]")) {
        event.preventDefault();
        home.parentNode.insertBefore(respond, home.nextSibling);
        parentInput.value = "";
        replying.hidden = true;
        cancel.hidden = true;
      }
    });
  }

  function say(form, text, kind) {
    var box = form.querySelector(".form-feedback");
    if (!box) {
      box = document.createElement("p");
      box.className = "form-feedback";
      box.setAttribute("role", "status");
      form.prepend(box);
    }
    box.className = "form-feedback message message--" + kind;
    box.textContent = text;
  }

  function showErrors(form, errors) {
    form.querySelectorAll(".field__error--live").forEach(function (node) { node.remove(); });
    var first = null;
    Object.keys(errors || {}).forEach(function (name) {
      var messages = errors[name].map(function (e) { return e.message; }).join(" ");
      var input = form.querySelector("[name=" + name + "]");
      if (name === "__all__" || !input || input.type === "hidden") {
        say(form, messages, "error");
        return;
      }
      var note = document.createElement("p");
      note.className = "field__error field__error--live";
      note.textContent = messages;
      input.setAttribute("aria-invalid", "true");
      input.closest(".field, .checkbox, fieldset, form").append(note);
      first = first || input;
    });
    if (first) first.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-enhance]") || !window.fetch) return;
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
    var buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, {
      method: "POST",
      body: data,
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().catch(function () {
        return { ok: false, message: "Le serveur n’a pas pu traiter votre envoi (" + response.status + "). Réessayez." };
      });
    }).then(function (answer) {
      if (answer.ok) {
        if (form.classList.contains("rating-form")) {
          var rating = document.querySelector("#note .rating__text");
          if (rating) rating.innerHTML = "<strong>" + answer.average.toFixed(1).replace(".", ",") + "/5</strong> (" + answer.count + (answer.count > 1 ? " votes)" : " vote)");
          var halves = Math.round(answer.average * 2);
          document.querySelectorAll("#note .stars .star").forEach(function (star, index) {
            var state = halves >= (index + 1) * 2 ? "full" : halves === index * 2 + 1 ? "half" : "empty";
            star.className = "star star--" + state;
          });
          form.querySelectorAll("[name=stars]").forEach(function (b) {
            b.classList.toggle("is-on", Number(b.value) <= answer.stars);
            b.setAttribute("aria-pressed", String(Number(b.value) === answer.stars));
          });
        } else {
          form.reset();
        }
        say(form, answer.message, "success");
      } else {
        say(form, answer.message || "Vérifiez les champs signalés.", "error");
        showErrors(form, answer.errors);
      }
    }).catch(function () {
      say(form, "Connexion impossible : vérifiez votre réseau puis réessayez.", "error");
    }).finally(function () {
      buttons.forEach(function (b) { b.disabled = false; });
    });
  });
})();
