x = "say \"hi\""
