delete a?.b
