`abc
