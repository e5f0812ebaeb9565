// score, health and lives are global built-ins: the same variable from any scope
score = 0;
score += 10;
function add_score(n) { score += n; }
var s = {score_copy: 0};
with (s) {
    add_score(5);
    score_copy = score;
}
show_debug_message(score);
show_debug_message(s.score_copy);
health = 50;
with (s) health -= 20;
show_debug_message(health);
lives = 3;
if (lives < 5) lives += 1;
show_debug_message(lives);
