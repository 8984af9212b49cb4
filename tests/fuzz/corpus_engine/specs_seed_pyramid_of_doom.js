// From the seed article "Asynchronous JavaScript", section "Callbacks".
function movePlayer(distance, direction, done) {
  setTimeout(() => {
    console.log("moved", distance, direction);
    done();
  }, 10);
}

movePlayer(100, "Left", function () {
  movePlayer(400, "Left", function () {
    movePlayer(10, "Right", function () {
      movePlayer(330, "Left", function () {
        console.log("arrived");
      });
    });
  });
});
