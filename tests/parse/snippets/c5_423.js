new a.b`t`
