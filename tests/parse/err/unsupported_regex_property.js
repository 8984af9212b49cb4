const re = /\p{Letter}/u;
