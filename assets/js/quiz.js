/* Campaign Kit quiz: one question at a time, feedback for every answer, a score and a retry.
   Works from file:// and offline; without this script every question shows its answer key instead. */
(function () {
  "use strict";

  function setUp(quiz) {
    var questions = Array.prototype.slice.call(quiz.querySelectorAll(".js-quiz-question"));
    var progress = quiz.querySelector(".js-quiz-progress");
    var live = quiz.querySelector(".js-quiz-live");
    var result = quiz.querySelector(".js-quiz-result");
    var total = questions.length;
    var current = 0;
    var score = 0;

    function inputs(q) {
      return Array.prototype.slice.call(q.querySelectorAll("input"));
    }

    function show(index, focus) {
      current = index;
      questions.forEach(function (q, i) { q.hidden = i !== index; });
      result.hidden = true;
      progress.hidden = false;
      progress.textContent = "«quiz.score score: score, total: total»";
      if (focus) {
        var first = questions[index].querySelector("input");
        if (first) { first.focus(); }
      }
    }

    function reset(q) {
      inputs(q).forEach(function (input) { input.checked = false; input.disabled = false; });
      q.querySelectorAll(".js-quiz-answer").forEach(function (li) { li.classList.remove("is-right", "is-wrong", "is-missed", "is-other"); });
      q.querySelectorAll(".js-quiz-why").forEach(function (why) { why.hidden = true; });
      var feedback = q.querySelector(".js-quiz-feedback");
      feedback.hidden = true;
      feedback.textContent = "";
      q.querySelector(".js-quiz-check").hidden = false;
      q.querySelector(".js-quiz-next").hidden = true;
    }

    function check(q) {
      var answers = Array.prototype.slice.call(q.querySelectorAll(".js-quiz-answer"));
      var chosen = answers.filter(function (li) { return li.querySelector("input").checked; });
      var feedback = q.querySelector(".js-quiz-feedback");
      if (chosen.length === 0) {
        feedback.hidden = false;
        feedback.textContent = "«quiz.none_chosen»";
        live.textContent = feedback.textContent;
        return;
      }
      var right = answers.every(function (li) {
        return (li.getAttribute("data-correct") === "true") === li.querySelector("input").checked;
      });
      var letters = [];
      answers.forEach(function (li) {
        var correct = li.getAttribute("data-correct") === "true";
        var picked = li.querySelector("input").checked;
        if (correct) { letters.push(li.querySelector("input").value); }
        li.classList.add(correct ? (picked ? "is-right" : "is-missed") : (picked ? "is-wrong" : "is-other"));
        li.querySelector(".js-quiz-why").hidden = false;
        li.querySelector("input").disabled = true;
      });
      if (right) { score++; }
      feedback.hidden = false;
      feedback.className = "quiz__feedback js-quiz-feedback " + (right ? "is-right" : "is-wrong");
      feedback.textContent = (right ? "«quiz.feedback_right» " : "«quiz.feedback_wrong» ") + "«quiz.feedback_key letters: letters.join(", ")
        »";
      live.textContent = feedback.textContent;
      progress.textContent = "«quiz.score score: score, total: total»";
      q.querySelector(".js-quiz-check").hidden = true;
      var next = q.querySelector(".js-quiz-next");
      next.hidden = false;
      feedback.focus();
    }

    function finish() {
      questions.forEach(function (q) { q.hidden = true; });
      progress.hidden = true;
      result.hidden = false;
      result.querySelector(".js-quiz-score").textContent = "«quiz.final_score score: score, total: total»";
      var ratio = score / total;
      result.querySelector(".js-quiz-verdict").textContent = ratio === 1
        ? "«quiz.verdict_all»"
        : ratio >= 0.7
          ? "«quiz.verdict_most»"
          : "«quiz.verdict_few»";
      live.textContent = result.querySelector(".js-quiz-score").textContent;
      result.focus();
    }

    questions.forEach(function (q, i) {
      q.querySelector(".js-quiz-key").hidden = true;
      q.querySelector(".quiz__actions").hidden = false;
      q.querySelector(".js-quiz-check").addEventListener("click", function () { check(q); });
      q.querySelector(".js-quiz-next").addEventListener("click", function () {
        if (i + 1 < total) { show(i + 1, true); } else { finish(); }
      });
    });
    result.querySelector(".js-quiz-retry").addEventListener("click", function () {
      score = 0;
      questions.forEach(reset);
      show(0, true);
      live.textContent = "«quiz.restarted»";
    });
    quiz.classList.add("quiz--js");
    show(0, false);
  }

  document.querySelectorAll(".js-quiz").forEach(setUp);
}());
