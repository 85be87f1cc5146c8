// The strength rule in the words forms show beside a password field (lib/auth/password.ts).
export const PASSWORD_HINT = "至少10位；不能是常用密码，不能含登录名、姓名或年份等易猜内容。可用几个不相关的词加数字或符号。";
