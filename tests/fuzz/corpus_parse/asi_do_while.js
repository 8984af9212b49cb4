let i = 0
do i++
while (i < 3)
do { i-- } while (i > 0) console.log(i)
