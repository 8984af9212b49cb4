label: { label2: { break label } }
