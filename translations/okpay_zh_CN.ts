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
    <message>
        <source>The email address or password is not correct.</source>
        <translation>电子邮件地址或密码不正确。</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Sign in, or reset the password if you forgot it.</source>
        <translation>该电子邮件地址已注册。请直接登录；如果忘记了密码，可以重置密码。</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use 12–128 characters with letters, digits and special characters.</source>
        <translation>此密码太容易被猜到。请使用 12–128 个字符，并包含字母、数字和特殊字符。</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>请输入有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, for example +44 20 7946 0958.</source>
        <translation>请输入带国家/地区代码的电话号码，例如 +86 138 0013 8000。</translation>
    </message>
    <message>
        <source>This code is wrong, already used or expired. Ask for a new email.</source>
        <translation>验证码错误、已使用或已过期。请重新获取邮件。</translation>
    </message>
    <message>
        <source>The code is not correct. Check the time on your phone and try again.</source>
        <translation>验证码不正确。请检查手机上的时间后重试。</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app, or a recovery code.</source>
        <translation>请输入身份验证器应用中的验证码，或输入恢复码。</translation>
    </message>
    <message>
        <source>The sign-in took too long. Please sign in again.</source>
        <translation>登录超时，请重新登录。</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again.</source>
        <translation>您已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>Verify your email address first: enter the code from the email we sent you.</source>
        <translation>请先验证电子邮件地址：输入我们发给您的邮件中的验证码。</translation>
    </message>
    <message>
        <source>Your available balance is not enough for this amount and its fee.</source>
        <translation>可用余额不足以支付该金额及手续费。</translation>
    </message>
    <message>
        <source>This amount is over your account limit. Verify your identity to raise it.</source>
        <translation>该金额超出了您的账户限额。完成身份认证即可提高限额。</translation>
    </message>
    <message>
        <source>This needs a verified identity. Submit your identity documents to continue.</source>
        <translation>此操作需要完成身份认证。请提交身份证件后继续。</translation>
    </message>
    <message>
        <source>The amount is below this method&apos;s minimum.</source>
        <translation>金额低于此方式的最低限额。</translation>
    </message>
    <message>
        <source>The amount is outside this method&apos;s limits.</source>
        <translation>金额超出此方式的限额范围。</translation>
    </message>
    <message>
        <source>This method does not support this currency.</source>
        <translation>此方式不支持该币种。</translation>
    </message>
    <message>
        <source>This method is not available at the moment. Please choose another one.</source>
        <translation>此方式暂不可用，请选择其他方式。</translation>
    </message>
    <message>
        <source>The card was declined. Check the details or use another card.</source>
        <translation>银行卡被拒绝。请检查卡片信息或换一张卡。</translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation>卡号无效。</translation>
    </message>
    <message>
        <source>The price has expired. Check the new fee and confirm again.</source>
        <translation>报价已过期。请查看新的手续费后重新确认。</translation>
    </message>
    <message>
        <source>This price was already used. Check the new fee and confirm again.</source>
        <translation>此报价已被使用。请查看新的手续费后重新确认。</translation>
    </message>
    <message>
        <source>This destination is already saved.</source>
        <translation>该收款账户已保存。</translation>
    </message>
    <message>
        <source>This destination cannot be used with this method or currency.</source>
        <translation>该收款账户不适用于此方式或币种。</translation>
    </message>
    <message>
        <source>This payment is still being processed. Check your history before trying again.</source>
        <translation>这笔付款仍在处理中。请先查看交易记录，再决定是否重试。</translation>
    </message>
    <message>
        <source>This confirmation was already used for another payment. Please start again.</source>
        <translation>此确认已用于另一笔付款，请重新操作。</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on.</source>
        <translation>双重验证已经开启。</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>双重验证未开启。</translation>
    </message>
    <message>
        <source>The setup has expired. Please start the two-factor setup again.</source>
        <translation>设置已过期，请重新设置双重验证。</translation>
    </message>
    <message>
        <source>This ticket was solved more than 14 days ago. Open a new ticket that refers to it.</source>
        <translation>此工单已解决超过 14 天。请新建一个工单，并在其中注明此工单。</translation>
    </message>
    <message>
        <source>This ticket is closed.</source>
        <translation>此工单已关闭。</translation>
    </message>
    <message>
        <source>Only a solved ticket can be rated or reopened.</source>
        <translation>只有已解决的工单才能评价或重新打开。</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>本次对话已结束。</translation>
    </message>
    <message>
        <source>Live chat is closed now. Leave a message and we will answer by ticket.</source>
        <translation>在线客服现在不在服务时间。请留言，我们会通过工单回复您。</translation>
    </message>
    <message>
        <source>The file is too large: 10 MB at most.</source>
        <translation>文件过大：最大 10 MB。</translation>
    </message>
    <message>
        <source>Only PNG, JPEG, PDF and text files can be attached.</source>
        <translation>只能添加 PNG、JPEG、PDF 和文本文件作为附件。</translation>
    </message>
    <message>
        <source>This version of OKPay is too old. Please update the app.</source>
        <translation>此版本的 OKPay 过旧，请更新应用。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
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
    <name>KycText</name>
    <message>
        <source>Email not confirmed (level 0)</source>
        <translation>邮箱未验证（等级 0）</translation>
    </message>
    <message>
        <source>Email confirmed (level 1)</source>
        <translation>邮箱已验证（等级 1）</translation>
    </message>
    <message>
        <source>Identity verified (level 2)</source>
        <translation>身份已认证（等级 2）</translation>
    </message>
    <message>
        <source>Enhanced verification (level 3)</source>
        <translation>高级认证（等级 3）</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>居留许可</translation>
    </message>
    <message>
        <source>Proof of address (utility bill or bank statement)</source>
        <translation>地址证明（水电燃气账单或银行对账单）</translation>
    </message>
    <message>
        <source>Selfie holding your document</source>
        <translation>手持证件自拍照</translation>
    </message>
    <message>
        <source>No documents sent yet</source>
        <translation>尚未提交证件</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Per top-up</source>
        <translation>单笔充值</translation>
    </message>
    <message>
        <source>Top-ups per day</source>
        <translation>每日充值</translation>
    </message>
    <message>
        <source>Per withdrawal</source>
        <translation>单笔提现</translation>
    </message>
    <message>
        <source>Withdrawals per day</source>
        <translation>每日提现</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>钱包余额上限</translation>
    </message>
    <message>
        <source>Not allowed at this level</source>
        <translation>当前等级不可用</translation>
    </message>
    <message>
        <source>%1 of %2 used today</source>
        <translation>今日已用 %1 / %2</translation>
    </message>
    <message>
        <source>Your account cannot move money yet at its verification level. You asked for %1.</source>
        <translation>按当前认证等级，您的账户暂时无法充值或提现。您申请的金额为 %1。</translation>
    </message>
    <message>
        <source>You can top up at most %1 at a time. You asked for %2.</source>
        <translation>单笔充值最多 %1，您申请的金额为 %2。</translation>
    </message>
    <message>
        <source>You can withdraw at most %1 at a time. You asked for %2.</source>
        <translation>单笔提现最多 %1，您申请的金额为 %2。</translation>
    </message>
    <message>
        <source>You can top up %1 a day and have used %2 today. You asked for %3.</source>
        <translation>每日充值限额为 %1，今日已用 %2，您申请的金额为 %3。</translation>
    </message>
    <message>
        <source>You can withdraw %1 a day and have used %2 today. You asked for %3.</source>
        <translation>每日提现限额为 %1，今日已用 %2，您申请的金额为 %3。</translation>
    </message>
    <message>
        <source>The daily limit starts again at %1.</source>
        <translation>每日限额将于 %1 重置。</translation>
    </message>
    <message>
        <source>Confirm your email address first: then you can move money and verify your identity.</source>
        <translation>请先验证电子邮件地址，之后即可充值、提现和进行身份认证。</translation>
    </message>
    <message>
        <source>Your account has the highest verification level.</source>
        <translation>您的账户已达到最高认证等级。</translation>
    </message>
    <message>
        <source>To raise your limits, reach %1 by sending: %2.</source>
        <translation>如需提高限额，请提交以下材料以升级到“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>MethodDescription</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>借记卡</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Another e-wallet</source>
        <translation>其他电子钱包</translation>
    </message>
    <message>
        <source>Fee shown in the quote</source>
        <translation>手续费以报价为准</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>免手续费</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>手续费 %1</translation>
    </message>
    <message>
        <source>(min %1, max %2)</source>
        <translation>(最低 %1，最高 %2)</translation>
    </message>
    <message>
        <source>(min %1)</source>
        <translation>(最低 %1)</translation>
    </message>
    <message>
        <source>(max %1)</source>
        <translation>(最高 %1)</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>实时到账</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 business days</source>
        <translation>%1–%2 个工作日</translation>
    </message>
    <message>
        <source>Not available in %1</source>
        <translation>不支持 %1</translation>
    </message>
    <message>
        <source>%1 to %2 per top-up</source>
        <translation>每笔充值 %1 至 %2</translation>
    </message>
    <message>
        <source>%1 to %2 per withdrawal</source>
        <translation>每笔提现 %1 至 %2</translation>
    </message>
    <message>
        <source>Promotion: no fee</source>
        <translation>优惠活动：免手续费</translation>
    </message>
    <message>
        <source>Promotion: no fee until %1</source>
        <translation>优惠活动：%1 前免手续费</translation>
    </message>
    <message>
        <source>Promotion: fee %1 off</source>
        <translation>优惠活动：手续费减免 %1</translation>
    </message>
    <message>
        <source>Promotion: fee %1 off until %2</source>
        <translation>优惠活动：%2 前手续费减免 %1</translation>
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
    <name>okpay::AccountAccessPanel</name>
    <message>
        <source>Your password was changed and every device was signed out. Sign in with the new password.</source>
        <translation>密码已修改，所有设备均已退出登录。请使用新密码登录。</translation>
    </message>
</context>
<context>
    <name>okpay::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>个人资料(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>OKPay will use the new language the next time it starts.</source>
        <translation>OKPay 将在下次启动时使用新语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>okpay::AccountRecoveryService</name>
    <message>
        <source>Paste the code or the whole link from the email.</source>
        <translation>请粘贴邮件中的验证码或完整链接。</translation>
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
    <message>
        <source>Hide amounts</source>
        <translation>隐藏金额</translation>
    </message>
    <message>
        <source>Shows dots instead of amounts, for example when sharing your screen.</source>
        <translation>用圆点代替金额显示，适合共享屏幕等场景。</translation>
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
    <name>okpay::DateRangeFilter</name>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>okpay::FieldErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
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
    <message>
        <source>Limits and verification…</source>
        <translation>限额与认证…</translation>
    </message>
    <message>
        <source>Limits and verification</source>
        <translation>限额与认证</translation>
    </message>
    <message>
        <source>The most this method takes is %1. Enter a smaller amount or choose another method.</source>
        <translation>此方式最高支持 %1。请输入更小的金额，或选择其他方式。</translation>
    </message>
    <message>
        <source>Raise my limit…</source>
        <translation>提高限额…</translation>
    </message>
    <message>
        <source>Raise my limit</source>
        <translation>提高限额</translation>
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
    <name>okpay::KycDocumentDialog</name>
    <message>
        <source>Side</source>
        <translation>正反面</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Verify your identity</source>
        <translation>身份认证</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>反面</translation>
    </message>
    <message>
        <source>Side of the document</source>
        <translation>证件的正反面</translation>
    </message>
    <message>
        <source>Document file</source>
        <translation>证件文件</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose the document file</source>
        <translation>选择证件文件</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Send a clear photo or scan of your document. Only our compliance team sees it.</source>
        <translation>请上传清晰的证件照片或扫描件。只有我们的合规团队可以查看。</translation>
    </message>
    <message>
        <source>PNG, JPEG or PDF, up to 10 MB.</source>
        <translation>PNG、JPEG 或 PDF 格式，不超过 10 MB。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 received. Under review: your limits are raised when it is approved.</source>
        <translation>已收到%1，正在审核。审核通过后将提高您的限额。</translation>
    </message>
    <message>
        <source>The document was not sent. %1</source>
        <translation>证件未发送。%1</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>选择证件</translation>
    </message>
    <message>
        <source>Documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>证件文件 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This file cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>无法打开此文件。请确认文件仍然存在，且您有权限读取。</translation>
    </message>
    <message>
        <source>This file is empty. Choose the photo or scan of your document.</source>
        <translation>此文件为空。请选择证件的照片或扫描件。</translation>
    </message>
    <message>
        <source>This file is %1; documents can be at most 10 MB. Save a smaller photo or scan.</source>
        <translation>此文件大小为 %1，证件文件不能超过 10 MB。请另存一份更小的照片或扫描件。</translation>
    </message>
    <message>
        <source>This file is too large; documents can be at most 10 MB. Save a smaller photo or scan.</source>
        <translation>此文件过大，证件文件不能超过 10 MB。请另存一份更小的照片或扫描件。</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture or a PDF, whatever its name says. Choose a photo or scan of your document.</source>
        <translation>无论文件名如何，此文件的实际内容都不是 PNG、JPEG 图片或 PDF。请选择证件的照片或扫描件。</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
</context>
<context>
    <name>okpay::KycLimitsDialog</name>
    <message>
        <source>accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Verify my identity</source>
        <translation>进行身份认证</translation>
    </message>
    <message>
        <source>Over your limit</source>
        <translation>超出限额</translation>
    </message>
    <message>
        <source>Limits and verification</source>
        <translation>限额与认证</translation>
    </message>
    <message>
        <source>Your limits could not be loaded. %1</source>
        <translation>无法加载您的限额。%1</translation>
    </message>
    <message>
        <source>Loading your limits…</source>
        <translation>正在加载您的限额…</translation>
    </message>
    <message>
        <source>%1 needs a higher verification level than your account has.</source>
        <translation>金额 %1 需要比您账户当前更高的认证等级。</translation>
    </message>
    <message>
        <source>Your verification level: %1</source>
        <translation>您的认证等级：%1</translation>
    </message>
    <message>
        <source>Your limits in %1</source>
        <translation>您的 %1 限额</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核状态：%1</translation>
    </message>
    <message>
        <source>Your limits are raised when the review approves your documents.</source>
        <translation>证件审核通过后，您的限额将会提高。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Send another document</source>
        <translation>再提交一份证件</translation>
    </message>
</context>
<context>
    <name>okpay::KycService</name>
    <message>
        <source>OKPay sent limits this version of the app does not understand.</source>
        <translation>OKPay 返回的限额信息无法被当前版本的应用识别。</translation>
    </message>
    <message>
        <source>OKPay sent an answer this version of the app does not understand.</source>
        <translation>OKPay 的回复无法被当前版本的应用识别。</translation>
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
        <source>Confirm your email address to top up and withdraw: the code is in the email we sent you.</source>
        <translation>验证电子邮件地址后即可充值和提现：验证码在我们发给您的邮件中。</translation>
    </message>
    <message>
        <source>You were signed out after %1 minutes without activity.</source>
        <translation>由于 %1 分钟无操作，您已自动退出登录。</translation>
    </message>
    <message>
        <source>Help (%1)</source>
        <translation>帮助（%1）</translation>
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
    <name>okpay::PasswordBox</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Your password was changed. Your other devices were signed out and need the new password to sign in again.</source>
        <translation>密码已修改。您的其他设备均已退出登录，需要使用新密码重新登录。</translation>
    </message>
</context>
<context>
    <name>okpay::PasswordResetPage</name>
    <message>
        <source>Email me a code</source>
        <translation>发送验证码到邮箱</translation>
    </message>
    <message>
        <source>This is a recovery code</source>
        <translation>这是恢复码</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>邮件中的验证码</translation>
    </message>
    <message>
        <source>Paste the code or the link</source>
        <translation>粘贴验证码或链接</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>双重验证码</translation>
    </message>
    <message>
        <source>Only if two-factor authentication is on</source>
        <translation>仅在开启了双重验证时填写</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>返回登录</translation>
    </message>
    <message>
        <source>Enter the email address of your wallet. If it is registered, we send a code that works for 30 minutes.</source>
        <translation>请输入钱包的电子邮件地址。如果该地址已注册，我们会发送一个 30 分钟内有效的验证码。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Afterwards every device is signed out, and you sign in with the new password.</source>
        <translation>重置后所有设备都将退出登录，您需要使用新密码登录。</translation>
    </message>
    <message>
        <source>If %1 belongs to a wallet, a code is on its way. Enter it below with your new password.</source>
        <translation>如果 %1 已注册钱包，验证码正在发送中。请在下方输入验证码和新密码。</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>请输入有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Paste the code or the whole link from the email.</source>
        <translation>请粘贴邮件中的验证码或完整链接。</translation>
    </message>
    <message>
        <source>Choose a password that meets every rule above, is rated at least &quot;Strong&quot;, and type it twice.</source>
        <translation>请设置符合以上所有规则、强度至少为“强”的密码，并输入两次。</translation>
    </message>
</context>
<context>
    <name>okpay::PayoutDestinationDialog</name>
    <message>
        <source>UnionPay</source>
        <translation>银联</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name, up to 100 characters.</source>
        <translation>请输入开户人姓名，最多 100 个字符。</translation>
    </message>
    <message>
        <source>Enter the name of the bank.</source>
        <translation>请输入开户银行名称。</translation>
    </message>
    <message>
        <source>Enter the account number or IBAN: 4 to 34 letters and digits, nothing else.</source>
        <translation>请输入账号或 IBAN：4 至 34 位字母和数字，不含其他字符。</translation>
    </message>
    <message>
        <source>Enter the SWIFT/BIC or bank code, up to 32 characters.</source>
        <translation>请输入 SWIFT/BIC 或银行代码，最多 32 个字符。</translation>
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
        <source>Enter the name as printed on the card.</source>
        <translation>请输入卡面上印的姓名。</translation>
    </message>
    <message>
        <source>Enter the e-wallet provider.</source>
        <translation>请输入电子钱包服务商。</translation>
    </message>
    <message>
        <source>Enter the e-wallet account: its email address, phone number or user name.</source>
        <translation>请输入电子钱包账户：电子邮件地址、电话号码或用户名。</translation>
    </message>
    <message>
        <source>Use a name of up to 200 characters.</source>
        <translation>备注名最多 200 个字符。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add a bank account</source>
        <translation>添加银行账户</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>添加银行卡</translation>
    </message>
    <message>
        <source>Add an e-wallet</source>
        <translation>添加电子钱包</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>备注名</translation>
    </message>
    <message>
        <source>Optional, for example “Salary account”</source>
        <translation>选填，例如“工资账户”</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>开户人</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number or IBAN</source>
        <translation>账号或 IBAN</translation>
    </message>
    <message>
        <source>SWIFT/BIC or bank code</source>
        <translation>SWIFT/BIC 或银行代码</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>卡组织</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>卡组织</translation>
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
        <source>Expires</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>持卡人姓名</translation>
    </message>
    <message>
        <source>E-wallet provider</source>
        <translation>电子钱包服务商</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Email address, phone number or user name</source>
        <translation>电子邮件地址、电话号码或用户名</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Shown as you type the number</source>
        <translation>输入卡号时自动显示</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name.</source>
        <translation>请输入开户人姓名。</translation>
    </message>
    <message>
        <source>Enter the account number or IBAN.</source>
        <translation>请输入账号或 IBAN。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>This card number is not valid. Check it digit by digit.</source>
        <translation>卡号无效，请逐位核对。</translation>
    </message>
    <message>
        <source>Enter the e-wallet account.</source>
        <translation>请输入电子钱包账户。</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>okpay::PayoutDestinationPicker</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Payout destination</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Add a payout destination</source>
        <translation>添加收款账户</translation>
    </message>
    <message>
        <source>Remove this payout destination</source>
        <translation>删除此收款账户</translation>
    </message>
    <message>
        <source>Loading your saved destinations…</source>
        <translation>正在加载已保存的收款账户…</translation>
    </message>
    <message>
        <source>Saved destinations could not be loaded</source>
        <translation>无法加载已保存的收款账户</translation>
    </message>
    <message>
        <source>No saved destination for this method and currency: add one</source>
        <translation>没有适用于此方式和币种的已保存收款账户，请添加</translation>
    </message>
    <message>
        <source>Remove payout destination</source>
        <translation>删除收款账户</translation>
    </message>
    <message>
        <source>Remove “%1” from your saved destinations? Withdrawals already sent to it are not affected.</source>
        <translation>要从已保存的收款账户中删除“%1”吗？已发出的提现不受影响。</translation>
    </message>
</context>
<context>
    <name>okpay::ProfileDialog</name>
    <message>
        <source>Email not confirmed yet: money cannot move.</source>
        <translation>邮箱尚未验证：暂时无法充值或提现。</translation>
    </message>
    <message>
        <source>Email confirmed. Verify your identity to raise your limits.</source>
        <translation>邮箱已验证。完成身份认证即可提高限额。</translation>
    </message>
    <message>
        <source>Identity verified.</source>
        <translation>身份已认证。</translation>
    </message>
    <message>
        <source>Identity verified (enhanced): the highest limits.</source>
        <translation>身份已认证（高级）：享有最高限额。</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>正在加载个人资料…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1（已验证）</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1（未验证）</translation>
    </message>
    <message>
        <source>Enter your name as on your identity document.</source>
        <translation>请输入与身份证件一致的姓名。</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, for example +44 20 7946 0958.</source>
        <translation>请输入带国家/地区代码的电话号码，例如 +86 138 0013 8000。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>okpay::ProfileService</name>
    <message>
        <source>OKPay sent a profile this version of the app does not understand.</source>
        <translation>OKPay 返回的个人资料无法被当前版本的应用识别。</translation>
    </message>
</context>
<context>
    <name>okpay::RecoveryCodesPanel</name>
    <message>
        <source>Save recovery codes</source>
        <translation>保存恢复码</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>复制恢复码</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Save the recovery codes to a file</source>
        <translation>将恢复码保存到文件</translation>
    </message>
    <message>
        <source>I have saved them</source>
        <translation>我已保存</translation>
    </message>
    <message>
        <source>Done: hide the recovery codes</source>
        <translation>完成：隐藏恢复码</translation>
    </message>
    <message>
        <source>Your new recovery codes. Your old recovery codes no longer work. Keep these somewhere safe: each one lets you sign in once if you lose your phone. They are shown only now.</source>
        <translation>这是您的新恢复码，旧恢复码已失效。请妥善保存：手机丢失时，每个恢复码可用于登录一次。恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Keep these recovery codes somewhere safe: each one lets you sign in once if you lose your phone. They are shown only now.</source>
        <translation>双重验证已开启。请妥善保存这些恢复码：手机丢失时，每个恢复码可用于登录一次。恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>Copied. Paste them into your password manager, then clear the clipboard.</source>
        <translation>已复制。请粘贴到密码管理器中，然后清空剪贴板。</translation>
    </message>
    <message>
        <source>OKPay recovery codes, generated %1. Each code works once.</source>
        <translation>OKPay 恢复码，生成于 %1。每个恢复码只能使用一次。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The codes could not be saved to %1: %2</source>
        <translation>无法将恢复码保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>okpay::SecurityEventModel</name>
    <message>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong password</source>
        <translation>登录失败：密码错误</translation>
    </message>
    <message>
        <source>Wrong two-factor code</source>
        <translation>双重验证码错误</translation>
    </message>
    <message>
        <source>Signed out: a sign-in was reused from elsewhere</source>
        <translation>已退出登录：登录凭证在别处被重复使用</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Password reset by email</source>
        <translation>已通过邮件重置密码</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>电子邮件地址已更改</translation>
    </message>
    <message>
        <source>Two-factor authentication turned on</source>
        <translation>双重验证已开启</translation>
    </message>
    <message>
        <source>Two-factor authentication turned off</source>
        <translation>双重验证已关闭</translation>
    </message>
    <message>
        <source>New recovery codes generated</source>
        <translation>已生成新恢复码</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>使用恢复码登录</translation>
    </message>
    <message>
        <source>Device signed out</source>
        <translation>设备已退出登录</translation>
    </message>
    <message>
        <source>Withdrawal destination added</source>
        <translation>已添加收款账户</translation>
    </message>
    <message>
        <source>Withdrawal destination removed</source>
        <translation>已删除收款账户</translation>
    </message>
    <message>
        <source>Other account activity</source>
        <translation>其他账户活动</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>IP address and device</source>
        <translation>IP 地址和设备</translation>
    </message>
</context>
<context>
    <name>okpay::SecurityEventsBox</name>
    <message>
        <source>Recent security activity</source>
        <translation>最近安全活动</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Load recent security activity again</source>
        <translation>重新加载最近安全活动</translation>
    </message>
    <message>
        <source>Load older security events</source>
        <translation>加载更早的安全事件</translation>
    </message>
    <message>
        <source>Loading recent security activity…</source>
        <translation>正在加载最近安全活动…</translation>
    </message>
    <message>
        <source>No security events yet. Sign-ins and changes to your password and two-factor authentication will appear here.</source>
        <translation>暂无安全事件。登录记录以及密码和双重验证的变更都会显示在这里。</translation>
    </message>
    <message>
        <source>Recent security activity could not be loaded. %1</source>
        <translation>无法加载最近安全活动。%1</translation>
    </message>
    <message>
        <source>Older security events could not be loaded. %1</source>
        <translation>无法加载更早的安全事件。%1</translation>
    </message>
</context>
<context>
    <name>okpay::SecurityPage</name>
    <message>
        <source>Sign out this device</source>
        <translation>让此设备退出登录</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>已登录设备</translation>
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
        <source>Sign out the selected device</source>
        <translation>让所选设备退出登录</translation>
    </message>
    <message>
        <source>The list of devices could not be loaded. %1</source>
        <translation>无法加载设备列表。%1</translation>
    </message>
    <message>
        <source>Automatic sign-out</source>
        <translation>自动退出登录</translation>
    </message>
    <message>
        <source>Sign out after this long without activity</source>
        <translation>无操作多长时间后退出登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>When OKPay has not been used for this long, it signs you out on this computer.</source>
        <translation>OKPay 闲置达到此时长后，会在这台电脑上自动退出登录。</translation>
    </message>
    <message>
        <source>Sign me out</source>
        <translation>自动退出</translation>
    </message>
    <message>
        <source>Loading the devices signed in to your account…</source>
        <translation>正在加载已登录您账户的设备…</translation>
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
    <message>
        <source>Remember me on this computer</source>
        <translation>在这台电脑上保持登录</translation>
    </message>
    <message>
        <source>Keeps you signed in with a token stored in the system keychain, never the password.</source>
        <translation>通过保存在系统钥匙串中的令牌保持登录，绝不保存密码。</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Open a new wallet</source>
        <translation>开通新钱包</translation>
    </message>
</context>
<context>
    <name>okpay::SignUpPage</name>
    <message>
        <source>I accept the OKPay terms of service and privacy notice</source>
        <translation>我已阅读并同意 OKPay 服务条款和隐私声明</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Open an OKPay wallet</source>
        <translation>开通 OKPay 钱包</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
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
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>我已有账户</translation>
    </message>
    <message>
        <source>You will get an email with a code to confirm your address. Money can move once it is confirmed.</source>
        <translation>我们会向您发送一封含验证码的邮件，用于验证您的电子邮件地址。验证后即可充值和提现。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>正在创建账户…</translation>
    </message>
    <message>
        <source>Enter your name as on your identity document.</source>
        <translation>请输入与身份证件一致的姓名。</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>请输入有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, for example +44 20 7946 0958.</source>
        <translation>请输入带国家/地区代码的电话号码，例如 +86 138 0013 8000。</translation>
    </message>
    <message>
        <source>Choose a password that meets every rule above, is rated at least &quot;Strong&quot;, and type it twice.</source>
        <translation>请设置符合以上所有规则、强度至少为“强”的密码，并输入两次。</translation>
    </message>
    <message>
        <source>Please accept the terms to open a wallet.</source>
        <translation>请先同意服务条款，再开通钱包。</translation>
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
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>okpay::TransactionDetails</name>
    <message>
        <source>Get help with this transaction</source>
        <translation>获取此交易的帮助</translation>
    </message>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation>选择一笔交易即可查看详情。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Amount %1 · fee %2 · total %3</source>
        <translation>金额 %1 · 手续费 %2 · 合计 %3</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <source>Transaction ID: %1</source>
        <translation>交易号：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考号：%1</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>失败原因：%1</translation>
    </message>
    <message>
        <source>Bank transfers arrive in 1–3 business days. Use the reference above when you pay.</source>
        <translation>银行转账需 1–3 个工作日到账。付款时请填写上面的参考号。</translation>
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
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>借记卡</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>电子钱包</translation>
    </message>
</context>
<context>
    <name>okpay::TrayIcon</name>
    <message>
        <source>Open OKPay</source>
        <translation>打开 OKPay</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>OKPay Wallet</source>
        <translation>OKPay 钱包</translation>
    </message>
    <message numerus="yes">
        <source>OKPay Wallet: %n unread support reply(s)</source>
        <translation>
            <numerusform>OKPay 钱包：%n 条未读客服回复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::TwoFactorBox</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>双重验证</translation>
    </message>
    <message>
        <source>Generate new codes</source>
        <translation>生成新恢复码</translation>
    </message>
    <message>
        <source>How many recovery codes you have left could not be checked. %1</source>
        <translation>无法查询剩余恢复码数量。%1</translation>
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
        <source>Turn on two-factor authentication</source>
        <translation>开启双重验证</translation>
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
        <source>Key for your authenticator app</source>
        <translation>身份验证器应用的密钥</translation>
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
        <source>Verify the code and turn on two-factor authentication</source>
        <translation>校验验证码并开启双重验证</translation>
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
        <source>Two-factor authentication is on: signing in and withdrawing ask for a code from your authenticator app.</source>
        <translation>双重验证已开启：登录和提现时需要输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>Generate new recovery codes…</source>
        <translation>生成新恢复码…</translation>
    </message>
    <message>
        <source>Generate new recovery codes</source>
        <translation>生成新恢复码</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Turn off two-factor authentication</source>
        <translation>关闭双重验证</translation>
    </message>
    <message>
        <source>New codes replace all your recovery codes: the old ones stop working at once. Enter a code from your authenticator app to continue.</source>
        <translation>新恢复码将替换您现有的全部恢复码，旧恢复码会立即失效。请输入身份验证器应用中的验证码以继续。</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the current recovery codes</source>
        <translation>保留当前恢复码</translation>
    </message>
    <message>
        <source>Checking your recovery codes…</source>
        <translation>正在检查您的恢复码…</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Unused recovery codes: %1 of %2.</source>
        <translation>剩余可用恢复码：%1 个（共 %2 个）。</translation>
    </message>
    <message>
        <source>Generate new ones before you run out.</source>
        <translation>请在用完之前生成新的恢复码。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
</context>
<context>
    <name>okpay::TwoFactorDisableForm</name>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Turning off two-factor authentication also deletes your recovery codes. Afterwards your password alone opens your wallet.</source>
        <translation>关闭双重验证会同时删除您的恢复码。之后仅凭密码即可打开您的钱包。</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Turn off two-factor authentication</source>
        <translation>关闭双重验证</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep two-factor authentication on</source>
        <translation>保持双重验证开启</translation>
    </message>
    <message>
        <source>Use a code from your authenticator app instead</source>
        <translation>改用身份验证器应用中的验证码</translation>
    </message>
    <message>
        <source>Lost your phone? Use your password instead</source>
        <translation>手机丢了？改用密码</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
</context>
<context>
    <name>okpay::VerifyEmailPage</name>
    <message>
        <source>Confirm email</source>
        <translation>验证邮箱</translation>
    </message>
    <message>
        <source>Confirm your email address</source>
        <translation>验证您的电子邮件地址</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>邮件中的验证码</translation>
    </message>
    <message>
        <source>Paste the code or the link</source>
        <translation>粘贴验证码或链接</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>You can look at your wallet now; topping up and withdrawing need a confirmed email.</source>
        <translation>您现在就可以查看钱包；充值和提现需要先验证电子邮件地址。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>No email after a few minutes? Check your spam or junk folder, and that the address is right.</source>
        <translation>几分钟后仍未收到邮件？请检查垃圾邮件文件夹，并确认地址填写正确。</translation>
    </message>
    <message>
        <source>We sent a new email to %1. Only the newest code works.</source>
        <translation>我们已向 %1 发送了一封新邮件。只有最新的验证码有效。</translation>
    </message>
    <message>
        <source>We sent an email to %1. Enter the code from it here, or paste the whole link.</source>
        <translation>我们已向 %1 发送了一封邮件。请在此输入邮件中的验证码，或粘贴完整链接。</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <translation>
            <numerusform>%n 秒后可重新发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new email</source>
        <translation>重新发送邮件</translation>
    </message>
</context>
</TS>
