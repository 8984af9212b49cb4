label: label: x
