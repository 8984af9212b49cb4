o = { if: 1, class: 2, new: 3 }
