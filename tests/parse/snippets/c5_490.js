/* multi
line */ x = 1
