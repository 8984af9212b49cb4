x = class Named { static m() { return Named } }
