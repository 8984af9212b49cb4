let x = 1;
;;
