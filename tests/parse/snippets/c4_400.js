x = 1;
#!/bin
