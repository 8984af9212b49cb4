a?.b`tpl`
