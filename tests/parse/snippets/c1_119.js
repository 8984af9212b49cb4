a = b
`c`
