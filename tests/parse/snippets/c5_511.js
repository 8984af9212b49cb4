x = a
&& b
