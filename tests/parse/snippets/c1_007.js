a
`t`
