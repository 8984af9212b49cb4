var [a] 
