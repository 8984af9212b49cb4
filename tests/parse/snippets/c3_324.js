delete x?.y
