// Article "Asynchronous JavaScript", section "Callbacks" - the pyramid of doom.
// movePlayer is an asynchronous move that calls back when it is done.
function movePlayer(distance, direction, callback) {
  setTimeout(() => {
    console.log(`moved ${distance} ${direction}`);
    callback();
  }, 1);
}

movePlayer(100, "Left", function () {
  movePlayer(400, "Left", function () {
    movePlayer(10, "Right", function () {
      movePlayer(330, "Left", function () {
        console.log('done');
      });
    });
  });
});
