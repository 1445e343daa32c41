<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiErrorText</name>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>尝试次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Please try again later.</source>
        <translation>尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3&quot;. Please try again later.</source>
        <translation>服务器对“%3”的回复为“%1 %2”。请稍后再试。</translation>
    </message>
    <message>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3&quot;.</source>
        <translation>服务器对“%3”的回复为“%1 %2”。</translation>
    </message>
    <message>
        <source>Cannot reach OKPay. Check your internet connection; what you send is kept and sent later.</source>
        <translation>无法连接 OKPay。请检查网络连接；您要发送的内容会保留，稍后自动发送。</translation>
    </message>
    <message>
        <source>OKPay did not answer in time to &quot;%1&quot;. Please try again.</source>
        <translation>OKPay 未能及时响应“%1”。请重试。</translation>
    </message>
    <message>
        <source>The secure connection to OKPay could not be verified, so nothing was sent. If you are on a public network, try another one.</source>
        <translation>无法验证与 OKPay 的安全连接，因此没有发送任何内容。如果您正在使用公共网络，请换一个网络再试。</translation>
    </message>
    <message>
        <source>OKPay sent an answer to &quot;%1&quot; that this version of the app does not understand.</source>
        <translation>OKPay 对“%1”的回复无法被当前版本的应用识别。</translation>
    </message>
    <message>
        <source>OKPay sent an unexpectedly large answer to &quot;%1&quot;; it was not read.</source>
        <translation>OKPay 对“%1”的回复大小异常，已忽略。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time, e.g. Monday 09:00</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Online now — closes at %1</source>
        <translation>在线 — %1 结束服务</translation>
    </message>
    <message>
        <source>Online now — closes at %1 (your time: %2)</source>
        <translation>在线 — %1 结束服务（您的时间：%2）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已下班</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 开始服务</translation>
    </message>
    <message>
        <source>Opens %1 (your time: %2)</source>
        <translation>%1 开始服务（您的时间：%2）</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
    <message>
        <source>Avoid common words and passwords, even with letters swapped for symbols.</source>
        <translation>避免使用常见单词和常用密码，即使把字母换成符号也不安全。</translation>
    </message>
    <message>
        <source>Do not use your name, email address or phone number.</source>
        <translation>不要使用您的姓名、电子邮件地址或电话号码。</translation>
    </message>
    <message>
        <source>Avoid repeated characters and repeated words.</source>
        <translation>避免重复的字符和重复的单词。</translation>
    </message>
    <message>
        <source>Avoid sequences such as abcd or 1234.</source>
        <translation>避免 abcd 或 1234 这样的连续序列。</translation>
    </message>
    <message>
        <source>Avoid keyboard patterns such as qwerty.</source>
        <translation>避免 qwerty 这样的键盘排列。</translation>
    </message>
    <message>
        <source>Avoid dates and years that relate to you.</source>
        <translation>避免使用与您相关的日期和年份。</translation>
    </message>
    <message>
        <source>Add a few more unrelated words to make it longer.</source>
        <translation>再加几个互不相关的单词，让密码更长。</translation>
    </message>
</context>
<context>
    <name>okpay::BalanceChart</name>
    <message>
        <source>Chart currency</source>
        <translation>图表币种</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>余额走势</translation>
    </message>
    <message>
        <source>1M</source>
        <translation>1个月</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>6个月</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>The chart appears once your wallet has a balance.</source>
        <translation>钱包有余额后即显示图表。</translation>
    </message>
</context>
<context>
    <name>okpay::BalancePage</name>
    <message>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Transaction status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>搜索交易</translation>
    </message>
    <message>
        <source>Search description or reference</source>
        <translation>搜索说明或参考号</translation>
    </message>
    <message>
        <source>Transaction history</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>处理中：%1</translation>
    </message>
    <message>
        <source>%1 balance: %2 available</source>
        <translation>%1 余额：可用 %2</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>最后同步于 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>没有符合筛选条件的交易。</translation>
    </message>
    <message>
        <source>No transactions yet. Top up your wallet to get started.</source>
        <translation>还没有交易。充值后即可开始使用。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出交易记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1.</source>
        <translation>无法将交易记录保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 笔交易导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::ChatMessageModel</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>okpay::FundingPage</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Use digits and the decimal separator only.</source>
        <translation>只能输入数字和小数点。</translation>
    </message>
    <message>
        <source>Enter the amount without a sign.</source>
        <translation>金额前不要加正负号。</translation>
    </message>
    <message>
        <source>Check the thousands separators.</source>
        <translation>请检查千位分隔符。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 最多有 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no decimal places.</source>
        <translation>%1 没有小数位。</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Top-up methods</source>
        <translation>充值方式</translation>
    </message>
    <message>
        <source>Withdrawal methods</source>
        <translation>提现方式</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>有效期月份</translation>
    </message>
    <message>
        <source>Expiry year</source>
        <translation>有效期年份</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>安全码</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Payout destination</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>双重验证码</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Fee %1 · you pay %2 · %3 arrives in your wallet</source>
        <translation>手续费 %1 · 您支付 %2 · 到账 %3</translation>
    </message>
    <message>
        <source>Promotion: you save %1</source>
        <translation>优惠活动：为您节省 %1</translation>
    </message>
    <message>
        <source>Transfer the amount with reference %1. It is credited when it arrives (1–3 business days).</source>
        <translation>请在转账时填写参考号 %1。款项到账后入账（1–3 个工作日）。</translation>
    </message>
    <message>
        <source>Done. The money is in your wallet.</source>
        <translation>完成。资金已存入您的钱包。</translation>
    </message>
    <message>
        <source>Withdrawal on its way. It arrives in 1–3 business days.</source>
        <translation>提现已发起，将在 1–3 个工作日内到账。</translation>
    </message>
    <message>
        <source>Done. The money has been sent.</source>
        <translation>完成。款项已发出。</translation>
    </message>
    <message>
        <source>No saved destination for this method and currency</source>
        <translation>没有适用于此方式和币种的已保存收款账户</translation>
    </message>
    <message>
        <source>Promotion: %1</source>
        <translation>优惠活动：%1</translation>
    </message>
    <message>
        <source>Getting a quote…</source>
        <translation>正在获取报价…</translation>
    </message>
    <message>
        <source>Check the card number.</source>
        <translation>请检查卡号。</translation>
    </message>
    <message>
        <source>This card has expired. Check the expiry date.</source>
        <translation>此卡已过期，请检查有效期。</translation>
    </message>
    <message>
        <source>Choose where the money should go.</source>
        <translation>请选择收款账户。</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>Confirm withdrawal</source>
        <translation>确认提现</translation>
    </message>
    <message>
        <source>Withdraw %1 to %2.
Fee: %3
Total taken from your wallet: %4</source>
        <translation>提现 %1 到 %2。
手续费：%3
从钱包扣除合计：%4</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Confirm top-up</source>
        <translation>确认充值</translation>
    </message>
    <message>
        <source>Top up %1 by %2.
Fee: %3
Total charged: %4</source>
        <translation>通过%2充值 %1。
手续费：%3
合计扣款：%4</translation>
    </message>
    <message>
        <source>Fee %1 · %2 is taken from your wallet · %3 arrives at the destination</source>
        <translation>手续费 %1 · 从钱包扣除 %2 · 收款账户到账 %3</translation>
    </message>
</context>
<context>
    <name>okpay::FundingService</name>
    <message>
        <source>OKPay sent funding methods this version of the app does not understand.</source>
        <translation>OKPay 返回的充值和提现方式无法被当前版本的应用识别。</translation>
    </message>
    <message>
        <source>OKPay sent a quote this version of the app does not understand.</source>
        <translation>OKPay 返回的报价无法被当前版本的应用识别。</translation>
    </message>
</context>
<context>
    <name>okpay::MainWindow</name>
    <message>
        <source>OKPay Wallet</source>
        <translation>OKPay 钱包</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Top-up / Withdraw</source>
        <translation>充值 / 提现</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Questions and answers, contact channels, tickets and live chat</source>
        <translation>常见问题、联系渠道、工单和在线客服</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>This part of the wallet is not available in this build yet.</source>
        <translation>此版本暂未提供钱包的这一部分。</translation>
    </message>
    <message>
        <source>Sign in on the Balance tab to top up or withdraw.</source>
        <translation>请先在“余额”页登录，然后再充值或提现。</translation>
    </message>
    <message>
        <source>The offline copy of your data could not be read, so it is being downloaded again.</source>
        <translation>无法读取您数据的离线副本，正在重新下载。</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Sign in on the Balance tab to manage two-factor authentication and your devices.</source>
        <translation>请先在“余额”页登录，然后再管理双重验证和已登录设备。</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>okpay::MoneyConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm (%1)</source>
        <translation>确认（%1）</translation>
    </message>
</context>
<context>
    <name>okpay::NewPasswordField</name>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>包含字母</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>包含数字</translation>
    </message>
    <message>
        <source>A special character, such as ! ? # or a space</source>
        <translation>包含特殊字符，例如 ! ? # 或空格</translation>
    </message>
    <message>
        <source>No tabs or other control characters</source>
        <translation>不能包含制表符等控制字符</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>The two passwords are not the same</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>okpay::OutboxSender</name>
    <message>
        <source>Waiting for its attachments to upload</source>
        <translation>正在等待附件上传</translation>
    </message>
</context>
<context>
    <name>okpay::SecurityPage</name>
    <message>
        <source>Sign out this device</source>
        <translation>让此设备退出登录</translation>
    </message>
    <message>
        <source>Two-factor authentication is off. Turn it on so that a stolen password alone cannot open your wallet.</source>
        <translation>双重验证尚未开启。开启后，即使密码被盗，他人也无法打开您的钱包。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, or type the key, then enter the 6-digit code it shows.</source>
        <translation>用身份验证器应用扫描此二维码，或手动输入密钥，然后输入应用显示的 6 位验证码。</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>身份验证器应用的二维码</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Keep these recovery codes somewhere safe: each one lets you sign in once if you lose your phone. They are shown only now.</source>
        <translation>双重验证已开启。请妥善保存这些恢复码：手机丢失时，每个恢复码可用于登录一次。恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>Two-factor authentication is on.</source>
        <translation>双重验证已开启。</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双重验证</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>已登录设备</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>%1 (this device) · %2 · %3</source>
        <translation>%1（本设备）· %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 · last active %3</source>
        <translation>%1 · %2 · 最近活动 %3</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your password was changed. Other devices were signed out.</source>
        <translation>密码已修改，其他设备已退出登录。</translation>
    </message>
</context>
<context>
    <name>okpay::SecurityService</name>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The code is not correct. Check the time on your phone and try again.</source>
        <translation>验证码不正确。请检查手机上的时间后重试。</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on.</source>
        <translation>双重验证已经开启。</translation>
    </message>
    <message>
        <source>Choose a stronger password: 12 or more characters with letters, digits and special characters, hard to guess.</source>
        <translation>请设置更强的密码：至少 12 个字符，包含字母、数字和特殊字符，且不易被猜到。</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的验证码。</translation>
    </message>
</context>
<context>
    <name>okpay::SessionService</name>
    <message>
        <source>Your sign-in cannot be remembered on this computer because no keychain is available. You will be asked to sign in again next time.</source>
        <translation>此电脑没有可用的钥匙串，无法记住您的登录状态。下次启动时需要重新登录。</translation>
    </message>
    <message>
        <source>The keychain could not be opened, so please sign in again.</source>
        <translation>无法打开钥匙串，请重新登录。</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>电子邮件地址或密码不正确。</translation>
    </message>
    <message>
        <source>The sign-in took too long. Please sign in again.</source>
        <translation>登录超时，请重新登录。</translation>
    </message>
    <message>
        <source>The code is not correct. Check the time on your phone and try again.</source>
        <translation>验证码不正确。请检查手机上的时间后重试。</translation>
    </message>
</context>
<context>
    <name>okpay::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>改用恢复码</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Sign in to OKPay</source>
        <translation>登录 OKPay</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation>请输入电子邮件地址和密码。</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>请输入验证码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>okpay::StatusBanner</name>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Connecting to OKPay…</source>
        <translation>正在连接 OKPay…</translation>
    </message>
    <message>
        <source>Offline. Anything you send is kept and sent when the connection is back.</source>
        <translation>离线。您发送的内容会保留，连接恢复后自动发送。</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Anything you send is kept and sent later.</source>
        <translation>离线 — 正在显示 %1 的数据。您发送的内容会保留，稍后自动发送。</translation>
    </message>
    <message>
        <source>OKPay is having trouble answering. Showing the data you already have; we will keep trying.</source>
        <translation>OKPay 暂时无法响应。正在显示已有的数据，我们会继续尝试连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was rejected, so the app is not connecting. Check your network or the server address.</source>
        <translation>服务器证书未通过验证，应用不会连接。请检查网络或服务器地址。</translation>
    </message>
    <message>
        <source>OKPay is under maintenance. Your money is safe; please try again a little later.</source>
        <translation>OKPay 正在维护。您的资金安全无虞，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>okpay::TicketListModel</name>
    <message>
        <source>Waiting for support</source>
        <translation>等待客服处理</translation>
    </message>
    <message>
        <source>Waiting for your reply</source>
        <translation>等待您的回复</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已下班</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>okpay::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
</context>
</TS>
