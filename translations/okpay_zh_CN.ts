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
    <name>ChatTranscript</name>
    <message>
        <source>OKPay live chat: %1</source>
        <translation>OKPay 在线客服：%1</translation>
    </message>
    <message>
        <source>Chat ID: %1</source>
        <translation>对话 ID：%1</translation>
    </message>
    <message>
        <source>Agent: %1 (verified OKPay agent)</source>
        <translation>客服：%1（已验证的 OKPay 客服）</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>Your rating: %1 of 5</source>
        <translation>您的评分：%1 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Your rating: %1 of 5 (%2)</source>
        <translation>您的评分：%1 分（满分 5 分），评语：%2</translation>
    </message>
    <message>
        <source>Times are local time (UTC%1).</source>
        <translation>以上时间均为本地时间（UTC%1）。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1（客服）</translation>
    </message>
    <message>
        <source>OKPay</source>
        <translation>OKPay</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
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
    <name>LaunchOptions</name>
    <message>
        <source>OKPay Wallet: balances, top-ups and withdrawals, account security, and help from OKPay support, offline too.</source>
        <translation>OKPay 钱包：余额、充值和提现、账户安全，以及 OKPay 客服帮助（离线也可使用）。</translation>
    </message>
    <message>
        <source>Use the OKPay server at URL (https://, or http:// on this computer) instead of the saved one.</source>
        <translation>使用位于 &lt;网址&gt; 的 OKPay 服务器（https://；仅本机可用 http://），而不是已保存的服务器。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Show the app in LANGUAGE: en (English) or zh_CN (Simplified Chinese) instead of the saved choice.</source>
        <translation>以 &lt;语言&gt; 显示应用：en（英文）或 zh_CN（简体中文），而不是已保存的选择。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open at PLACE: %1, or faq/ARTICLE for a help article.</source>
        <translation>在 &lt;位置&gt; 打开：%1，或用 faq/文章 打开一篇帮助文章。</translation>
    </message>
    <message>
        <source>place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>An okpay: link to open, such as okpay:help or okpay:faq/ARTICLE.</source>
        <translation>要打开的 okpay: 链接，例如 okpay:help 或 okpay:faq/文章。</translation>
    </message>
    <message>
        <source>--server needs an https:// address (http:// only for this computer), not &quot;%1&quot;.</source>
        <translation>--server 需要 https:// 地址（仅本机可用 http://），而不是“%1”。</translation>
    </message>
    <message>
        <source>--lang can be en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 可以是 en 或 zh_CN，而不是“%1”。</translation>
    </message>
    <message>
        <source>--open can be %1 or faq/ARTICLE, not &quot;%2&quot;.</source>
        <translation>--open 可以是 %1 或 faq/文章，而不是“%2”。</translation>
    </message>
    <message>
        <source>Give one okpay: link at most.</source>
        <translation>最多只能提供一个 okpay: 链接。</translation>
    </message>
    <message>
        <source>OKPay Wallet is already running: its window was brought forward.</source>
        <translation>OKPay 钱包已在运行：已将其窗口切换到前台。</translation>
    </message>
    <message>
        <source>--server and --lang apply when the wallet starts: quit it first.</source>
        <translation>--server 和 --lang 在钱包启动时生效：请先退出钱包。</translation>
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
    <name>TransactionDescription</name>
    <message>
        <source>Top-up by bank transfer</source>
        <translation>银行转账充值</translation>
    </message>
    <message>
        <source>Top-up by debit card</source>
        <translation>借记卡充值</translation>
    </message>
    <message>
        <source>Top-up by credit card</source>
        <translation>信用卡充值</translation>
    </message>
    <message>
        <source>Withdrawal to bank account</source>
        <translation>提现到银行账户</translation>
    </message>
    <message>
        <source>Withdrawal to card</source>
        <translation>提现到银行卡</translation>
    </message>
    <message>
        <source>Withdrawal to another e-wallet</source>
        <translation>提现到其他电子钱包</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <comment>a card top-up and the card&apos;s last four digits</comment>
        <translation>%1（尾号 %2）</translation>
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
    <name>okpay::ChatBubble</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>重新发送此消息</translation>
    </message>
    <message>
        <source>Delete this unsent message</source>
        <translation>删除这条未发送的消息</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your message, %1</source>
        <translation>您的消息，%1</translation>
    </message>
    <message>
        <source>Message from %1, %2</source>
        <translation>来自 %1 的消息，%2</translation>
    </message>
    <message>
        <source>⚠ not an official OKPay link</source>
        <translation>⚠ 非 OKPay 官方链接</translation>
    </message>
</context>
<context>
    <name>okpay::ChatBubbleList</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Ask us anything about your wallet. An agent usually answers within a few minutes.</source>
        <translation>关于钱包的任何问题都可以问我们。客服通常会在几分钟内回复。</translation>
    </message>
</context>
<context>
    <name>okpay::ChatComposer</name>
    <message>
        <source>Attach image…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>您的消息</translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>输入消息。按 Enter 发送，按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures up to 10 MB, at most 5 per message</source>
        <translation>PNG 或 JPEG 图片，每张不超过 10 MB，每条消息最多 5 张</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the image %1</source>
        <translation>移除图片 %1</translation>
    </message>
</context>
<context>
    <name>okpay::ChatFollowUp</name>
    <message>
        <source>There is no chat to rate.</source>
        <translation>没有可评价的对话。</translation>
    </message>
</context>
<context>
    <name>okpay::ChatHeader</name>
    <message>
        <source>Live chat with OKPay support</source>
        <translation>OKPay 在线客服</translation>
    </message>
    <message>
        <source>✔ Verified OKPay agent</source>
        <translation>✔ 已验证的 OKPay 客服</translation>
    </message>
    <message>
        <source>This agent was connected by the OKPay server. OKPay staff never ask for your password, verification codes or recovery phrase.</source>
        <translation>此客服由 OKPay 服务器接入。OKPay 工作人员绝不会向您索要密码、验证码或助记词。</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>约 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your question below to start a chat.</source>
        <translation>在下方输入您的问题即可开始对话。</translation>
    </message>
    <message>
        <source>Connecting you to support…</source>
        <translation>正在为您连接客服…</translation>
    </message>
    <message>
        <source>Waiting for an agent…</source>
        <translation>正在等待客服接入…</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>您当前排在第 %1 位。</translation>
    </message>
    <message>
        <source>You are number %1 in the queue. Estimated wait: %2.</source>
        <translation>您当前排在第 %1 位，预计等待时间：%2。</translation>
    </message>
    <message>
        <source>You are chatting with an OKPay agent.</source>
        <translation>您正在与 OKPay 客服对话。</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>本次对话已结束。</translation>
    </message>
    <message>
        <source>Live chat is closed now.</source>
        <translation>在线客服现在不在服务时间。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
</context>
<context>
    <name>okpay::ChatLauncher</name>
    <message>
        <source>Open the chat window</source>
        <translation>打开在线客服窗口</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Chat with an OKPay agent for quick answers during support hours. Outside them you can leave a message, and we answer it as a ticket. Agents never ask for your password, verification codes or recovery phrase.</source>
        <translation>在客服工作时间内与 OKPay 客服在线交流，快速获得解答。非工作时间可以留言，我们会以工单形式回复。客服绝不会向您索要密码、验证码或助记词。</translation>
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
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>okpay::ChatRatingDialog</name>
    <message>
        <source>Send rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>保存聊天记录…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rate this chat</source>
        <translation>评价本次对话</translation>
    </message>
    <message>
        <source>How was your chat with OKPay support?</source>
        <translation>您对本次 OKPay 客服对话满意吗？</translation>
    </message>
    <message>
        <source>How was your chat with %1?</source>
        <translation>您对与 %1 的对话满意吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the chat</source>
        <translation>对话评语</translation>
    </message>
    <message>
        <source>What went well, what could be better? (optional)</source>
        <translation>哪些地方做得好，哪些还可以改进？（选填）</translation>
    </message>
    <message>
        <source>Keep the whole conversation as a text file</source>
        <translation>将完整对话保存为文本文件</translation>
    </message>
    <message>
        <source>Thank you! You rated this chat %1 of 5.</source>
        <translation>感谢您的评价！您给本次对话打了 %1 分（满分 5 分）。</translation>
    </message>
    <message>
        <source>Change rating</source>
        <translation>修改评价</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your rating was not sent. %1</source>
        <translation>评价未提交。%1</translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation>正在提交评价…</translation>
    </message>
</context>
<context>
    <name>okpay::ChatService</name>
    <message>
        <source>Live chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>The chat could not be started: the server&apos;s answer was not understood.</source>
        <translation>无法开始对话：无法识别服务器的回复。</translation>
    </message>
    <message>
        <source>This chat is no longer available. Start a new chat if you still need help.</source>
        <translation>此对话已不可用。如仍需帮助，请开始新对话。</translation>
    </message>
    <message>
        <source>Message left outside live chat hours</source>
        <translation>在线客服非服务时间留言</translation>
    </message>
    <message>
        <source>The message could not be saved on this computer. Copy it and try again later.</source>
        <translation>无法在这台电脑上保存消息。请先复制消息内容，稍后再试。</translation>
    </message>
    <message>
        <source>Your chat had not started when OKPay Wallet closed. Your message is kept: try again.</source>
        <translation>OKPay 钱包关闭时您的对话尚未开始。您的消息已保留：请重试。</translation>
    </message>
</context>
<context>
    <name>okpay::ChatWindow</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Rate this chat…</source>
        <translation>评价本次对话…</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>保存聊天记录…</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <source>Open my tickets</source>
        <translation>打开我的工单</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>结束对话</translation>
    </message>
    <message>
        <source>OKPay live chat</source>
        <translation>OKPay 在线客服</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>结束本次对话</translation>
    </message>
    <message>
        <source>Thank you. Your message is saved as a ticket: we answer by email and under My tickets, usually within one business day.</source>
        <translation>谢谢。您的留言已保存为工单：我们会通过电子邮件和“我的工单”回复您，通常在 1 个工作日内。</translation>
    </message>
    <message>
        <source>The transcript is saved in %1.</source>
        <translation>聊天记录已保存到 %1。</translation>
    </message>
    <message>
        <source>The transcript could not be saved in %1. Choose another folder.</source>
        <translation>无法将聊天记录保存到 %1。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>Leave a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>Our agents are offline now. Write your question below and choose Leave a message: it becomes a ticket, and we answer by email and under My tickets.</source>
        <translation>客服现在不在线。请在下方写下您的问题，然后点击“留言”：留言会转为工单，我们会通过电子邮件和“我的工单”回复您。</translation>
    </message>
    <message>
        <source>Ask us anything about your wallet. An agent usually answers within a few minutes.</source>
        <translation>关于钱包的任何问题都可以问我们。客服通常会在几分钟内回复。</translation>
    </message>
    <message>
        <source>The message could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>无法在这台电脑上保存消息。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>OKPay chat %1.txt</source>
        <translation>OKPay 聊天记录 %1.txt</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>保存聊天记录</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saving the transcript…</source>
        <translation>正在保存聊天记录…</translation>
    </message>
    <message>
        <source>Not an official OKPay link</source>
        <translation>非 OKPay 官方链接</translation>
    </message>
    <message>
        <source>This link leads to %1, which is not an OKPay website. OKPay staff only send links to okpay.example. Never enter your password or codes on a site you reached this way.

Open it anyway?</source>
        <translation>此链接指向 %1，该网站不属于 OKPay。OKPay 工作人员只会发送 okpay.example 的链接。切勿在通过此类链接打开的网站上输入密码或验证码。

仍要打开吗？</translation>
    </message>
    <message>
        <source>This image cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>无法打开此图片。请确认图片仍然存在，且您有权限读取。</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>此文件为空。</translation>
    </message>
    <message>
        <source>This image is too large: pictures can be at most 10 MB.</source>
        <translation>图片过大：每张图片最大 10 MB。</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures can be sent in the chat, whatever the file is called.</source>
        <translation>无论文件名如何，对话中只能发送 PNG 和 JPEG 图片。</translation>
    </message>
    <message>
        <source>You can attach at most 5 pictures to one message.</source>
        <translation>每条消息最多添加 5 张图片。</translation>
    </message>
</context>
<context>
    <name>okpay::ContactChannelCard</name>
    <message>
        <source>midnight</source>
        <comment>closing time at the end of the day</comment>
        <translation>24:00</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>%1 的地址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>For urgent problems — a lost phone or computer, a payment you do not recognise, or a locked account — call us rather than writing.</source>
        <translation>遇到紧急问题（如手机或电脑丢失、发现不明付款或账户被锁定）时，请直接致电我们，不要通过邮件或留言联系。</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>打开网站</translation>
    </message>
    <message>
        <source>Write an email</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>Start a chat</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打电话</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy the name</source>
        <translation>复制账号名</translation>
    </message>
    <message>
        <source>Open a ticket</source>
        <translation>提交工单</translation>
    </message>
    <message>
        <source>Any time, every day</source>
        <translation>每天 24 小时</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>opening hours, e.g. 09:00–18:00</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No regular hours</source>
        <translation>无固定服务时间</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weekdays, e.g. Monday–Friday</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekdays and their hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hours: %1 (%2)</source>
        <translation>服务时间：%1（%2）</translation>
    </message>
    <message>
        <source>Accepts messages at any time; we answer during support hours</source>
        <translation>可随时留言；我们会在服务时间内回复</translation>
    </message>
    <message>
        <source>Available at any time</source>
        <translation>随时可用</translation>
    </message>
</context>
<context>
    <name>okpay::ContactChannels</name>
    <message>
        <source>The contact details from OKPay could not be read.</source>
        <translation>无法读取 OKPay 提供的联系方式。</translation>
    </message>
</context>
<context>
    <name>okpay::ContactPanel</name>
    <message>
        <source>Upcoming support holidays</source>
        <translation>近期客服节假日安排</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>Each way to reach us has its own hours, shown in the support center&apos;s time and, when it differs, in yours. Email and tickets accept messages at any time.</source>
        <translation>每种联系方式都有各自的服务时间，按客服中心所在地时间显示；如与您的时间不同，还会同时显示您当地的时间。电子邮件和工单可随时提交。</translation>
    </message>
    <message>
        <source>No contact details are available right now. Please try again later.</source>
        <translation>暂时没有可用的联系方式，请稍后再试。</translation>
    </message>
    <message>
        <source>These contact details were saved on %1.</source>
        <translation>这些联系方式保存于 %1。</translation>
    </message>
    <message>
        <source>These are the contact details that came with the app.</source>
        <translation>这些是应用自带的联系方式。</translation>
    </message>
    <message>
        <source>Checking for the latest contact details…</source>
        <translation>正在获取最新联系方式…</translation>
    </message>
    <message>
        <source>You seem to be offline: OKPay could not be reached (%1).</source>
        <translation>您似乎处于离线状态：无法连接 OKPay（%1）。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a holiday: its date and name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Closed on these days: %1.</source>
        <translation>以下日期暂停服务：%1。</translation>
    </message>
    <message>
        <source>Copied “%1”. Search for it on %2 to send us a message.</source>
        <translation>已复制“%1”。在 %2 中搜索该账号即可给我们发消息。</translation>
    </message>
    <message>
        <source>This address cannot be opened safely from the app: %1</source>
        <translation>无法在应用中安全打开此地址：%1</translation>
    </message>
    <message>
        <source>No app on this computer could open %1. You can reach us at: %2</source>
        <translation>这台电脑上没有可以打开 %1 链接的应用。您可以通过以下方式联系我们：%2</translation>
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
    <name>okpay::EmailForm</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>We answer at the email address of your account.</source>
        <translation>我们会回复到您账户的电子邮件地址。</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up to 5 files: PNG, JPEG, PDF or plain text, 10 MB each.</source>
        <translation>最多 5 个文件：PNG、JPEG、PDF 或纯文本，每个不超过 10 MB。</translation>
    </message>
    <message>
        <source>Sign in to attach screenshots or documents: files are kept with your account.</source>
        <translation>登录后即可添加截图或文档：文件会随您的账户保存。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Open in my email app</source>
        <translation>在我的邮件应用中打开</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>您的电子邮件地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已添加的附件</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <source>Send the email</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>What happened, when, and what you expected. Add the transaction date and amount if it is about a payment. Never include your password or codes.</source>
        <translation>发生了什么、何时发生、您期望的结果是什么。如与付款有关，请附上交易日期和金额。切勿填写密码或验证码。</translation>
    </message>
    <message>
        <source>Email us</source>
        <translation>发邮件给我们</translation>
    </message>
    <message>
        <source>Best for detailed questions that are not urgent. We answer by email during support hours.</source>
        <translation>适合不紧急的详细问题。我们会在服务时间内通过电子邮件回复。</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>您的邮箱</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Remove it and try again.</source>
        <translation>请移除该文件后重试。</translation>
    </message>
    <message>
        <source>Your message is in your outbox and goes out as soon as OKPay can be reached.</source>
        <translation>您的邮件已放入发件箱，连接到 OKPay 后会立即发送。</translation>
    </message>
    <message>
        <source>Sent. Your reference is %1. We answer by email during support hours.</source>
        <translation>已发送。参考号：%1。我们会在服务时间内通过电子邮件回复。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1” is larger than 10 MB.</source>
        <translation>“%1”超过 10 MB。</translation>
    </message>
    <message>
        <source>“%1” is not a PNG, JPEG, PDF or plain text file.</source>
        <translation>“%1”不是 PNG、JPEG、PDF 或纯文本文件。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Screenshots and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)</source>
        <translation>截图和文档 (*.png *.jpg *.jpeg *.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>You can attach up to %1 files.</source>
        <translation>最多可添加 %1 个文件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name and size</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Enter the email address we should answer, like name@example.com.</source>
        <translation>请输入接收回复的电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>请输入主题。</translation>
    </message>
    <message>
        <source>Describe your question or problem.</source>
        <translation>请描述您的问题。</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Not sent. Edit your message, then send it again.</source>
        <translation>未发送。请修改内容后重新发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>No email app is set up on this computer. Write to %1 from any email service.</source>
        <translation>这台电脑上未设置邮件应用。请使用任意邮箱发送邮件至 %1。</translation>
    </message>
    <message>
        <source>Your email app has the message: send it from there. Files must be attached there too.</source>
        <translation>邮件已在您的邮件应用中打开，请从那里发送。附件也需要在邮件应用中添加。</translation>
    </message>
    <message>
        <source>Not sent. %1 Your message is still here: press Send to try again.</source>
        <translation>未发送。%1您的内容仍保留在这里，请点击“发送”重试。</translation>
    </message>
</context>
<context>
    <name>okpay::FaqArticleView</name>
    <message>
        <source>Help article</source>
        <translation>帮助文章</translation>
    </message>
</context>
<context>
    <name>okpay::FaqBrowser</name>
    <message>
        <source>Search help articles</source>
        <translation>搜索帮助文章</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>帮助主题</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>Still need help? Contact us</source>
        <translation>仍需帮助？联系我们</translation>
    </message>
    <message>
        <source>This link was not opened because it does not lead to an official OKPay website: %1</source>
        <translation>此链接未打开，因为它指向的不是 OKPay 官方网站：%1</translation>
    </message>
    <message>
        <source>it cannot be saved on this computer.</source>
        <translation>无法保存在这台电脑上。</translation>
    </message>
    <message>
        <source>The help articles cannot be shown right now. You can still contact us.</source>
        <translation>暂时无法显示帮助文章。您仍可联系我们。</translation>
    </message>
    <message>
        <source>No articles match “%1”. Try other words, or contact us.</source>
        <translation>没有与“%1”匹配的文章。请尝试其他关键词，或联系我们。</translation>
    </message>
    <message>
        <source>Help center</source>
        <translation>帮助中心</translation>
    </message>
    <message>
        <source>Choose a topic on the left, or type a few words in the search box.</source>
        <translation>请在左侧选择主题，或在搜索框中输入关键词。</translation>
    </message>
    <message>
        <source>Article not found</source>
        <translation>未找到文章</translation>
    </message>
    <message>
        <source>This article is not in the help on this computer. Search for the topic, or contact us.</source>
        <translation>这台电脑上的帮助内容中没有这篇文章。请搜索相关主题，或联系我们。</translation>
    </message>
    <message>
        <source>%1 · Updated %2</source>
        <translation>%1 · 更新于 %2</translation>
    </message>
</context>
<context>
    <name>okpay::FaqFeedbackBar</name>
    <message>
        <source>Was this article helpful?</source>
        <translation>这篇文章对您有帮助吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <source>Yes, this article was helpful</source>
        <translation>有帮助，这篇文章解决了我的问题</translation>
    </message>
    <message>
        <source>No</source>
        <translation>没帮助</translation>
    </message>
    <message>
        <source>No, this article was not helpful</source>
        <translation>没帮助，这篇文章没有解决我的问题</translation>
    </message>
    <message>
        <source>Comment on this article (optional)</source>
        <translation>对这篇文章的意见（选填）</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>补充意见（选填）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send your feedback</source>
        <translation>发送反馈</translation>
    </message>
    <message>
        <source>Thanks! Anything to add?</source>
        <translation>谢谢！还有什么要补充的吗？</translation>
    </message>
    <message>
        <source>Sorry about that. What was missing?</source>
        <translation>很抱歉。还缺少哪些信息？</translation>
    </message>
    <message>
        <source>Sending your feedback…</source>
        <translation>正在发送反馈…</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>感谢您的反馈。</translation>
    </message>
    <message>
        <source>Thank you. Your feedback is saved and will be sent when the connection is back.</source>
        <translation>谢谢。您的反馈已保存，连接恢复后将自动发送。</translation>
    </message>
    <message>
        <source>Your feedback could not be sent: %1</source>
        <translation>无法发送您的反馈：%1</translation>
    </message>
</context>
<context>
    <name>okpay::FaqSuggestionBox</name>
    <message>
        <source>These articles may answer your question:</source>
        <translation>以下文章或许能解答您的问题：</translation>
    </message>
    <message>
        <source>Read the article “%1”</source>
        <translation>阅读文章“%1”</translation>
    </message>
    <message>
        <source>Opens the article; your ticket stays as you left it</source>
        <translation>打开文章；您填写的工单内容会保持不变</translation>
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
    <name>okpay::HelpCenter</name>
    <message>
        <source>The help cache cannot be opened.</source>
        <translation>无法打开帮助缓存。</translation>
    </message>
</context>
<context>
    <name>okpay::HelpPage</name>
    <message>
        <source>Help sections</source>
        <translation>帮助栏目</translation>
    </message>
    <message>
        <source>Sign in to see your tickets and chat with us. Questions and answers, the contact channels and the email form work without an account.</source>
        <translation>登录后即可查看工单并与我们在线对话。常见问题、联系方式和邮件表单无需账户即可使用。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <source>Email us</source>
        <translation>发邮件给我们</translation>
    </message>
    <message>
        <source>My tickets (%1)</source>
        <translation>我的工单（%1）</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>在线客服</translation>
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
        <source>This file is not a PNG or JPEG picture or a PDF, whatever its name says. Choose a photo or scan of your document.</source>
        <translation>无论文件名如何，此文件的实际内容都不是 PNG、JPEG 图片或 PDF。请选择证件的照片或扫描件。</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>This file is too large: documents can be at most 10 MB. Save a smaller photo or scan.</source>
        <translation>文件过大：证件文件最大 10 MB。请另存一张较小的照片或扫描件。</translation>
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
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Send another document</source>
        <translation>再提交一份证件</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Review: %1. Your limits are raised when your documents are approved.</source>
        <translation>审核状态：%1。证件审核通过后将提高您的限额。</translation>
    </message>
    <message>
        <source>Review: %1. %2</source>
        <translation>审核状态：%1。%2</translation>
    </message>
    <message>
        <source>Review: %1.</source>
        <translation>审核状态：%1。</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>了解详情</translation>
    </message>
    <message>
        <source>Learn more about verification levels and limits</source>
        <translation>了解认证等级和限额</translation>
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
    <message>
        <source>OKPay support replied</source>
        <translation>OKPay 客服已回复</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>%1 – OKPay Wallet</source>
        <comment>window title: the open tab, then the app</comment>
        <translation>%1 – OKPay 钱包</translation>
    </message>
    <message>
        <source>This link does not lead anywhere in the app: %1</source>
        <translation>此链接在应用中没有对应的页面：%1</translation>
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
    <message>
        <source>Your old recovery codes no longer work.</source>
        <translation>您的旧恢复码已失效。</translation>
    </message>
    <message>
        <source>Keep your new recovery codes somewhere safe: each one lets you sign in once if you lose your phone. They are shown only now.</source>
        <translation>请妥善保存新的恢复码：手机丢失时，每个恢复码可用于登录一次。恢复码只显示这一次。</translation>
    </message>
</context>
<context>
    <name>okpay::RedactionCanvas</name>
    <message>
        <source>Screenshot preview: drag to black out a part</source>
        <translation>截图预览：拖动鼠标即可涂黑部分区域</translation>
    </message>
</context>
<context>
    <name>okpay::ScreenshotRedactDialog</name>
    <message>
        <source>Undo last box</source>
        <translation>撤销上一个涂黑区域</translation>
    </message>
    <message>
        <source>Attach a screenshot</source>
        <translation>添加截图</translation>
    </message>
    <message>
        <source>Drag over anything you do not want to send, such as balances, names or codes, to black it out. Support sees the screenshot exactly as shown here.</source>
        <translation>拖动鼠标框选不想发送的内容（如余额、姓名或验证码），即可将其涂黑。客服看到的截图与此处显示的完全一致。</translation>
    </message>
    <message>
        <source>Attach screenshot</source>
        <translation>添加截图</translation>
    </message>
</context>
<context>
    <name>okpay::SecretWarningDialog</name>
    <message>
        <source>A recovery phrase (the words that restore a wallet)</source>
        <translation>助记词（用于恢复钱包的一组单词）</translation>
    </message>
    <message>
        <source>A card number (%1)</source>
        <translation>银行卡号（%1）</translation>
    </message>
    <message>
        <source>A card security code (CVV)</source>
        <translation>银行卡安全码（CVV）</translation>
    </message>
    <message numerus="yes">
        <source>A verification code (%n digits)</source>
        <translation>
            <numerusform>验证码（%n 位数字）</numerusform>
        </translation>
    </message>
    <message>
        <source>Your OKPay password</source>
        <translation>您的 OKPay 密码</translation>
    </message>
    <message>
        <source>Check your message before sending</source>
        <translation>发送前请检查您的消息</translation>
    </message>
    <message>
        <source>Your message seems to contain:</source>
        <translation>您的消息似乎包含：</translation>
    </message>
    <message>
        <source>OKPay staff will never ask for your password, verification codes or recovery phrase.</source>
        <translation>OKPay 工作人员绝不会向您索要密码、验证码或助记词。</translation>
    </message>
    <message>
        <source>If you send anyway, card numbers are masked: only their first 6 and last 4 digits are sent.</source>
        <translation>如果仍要发送，银行卡号将被遮盖：只发送前 6 位和后 4 位。</translation>
    </message>
    <message>
        <source>Everything else is sent exactly as you typed it, and anyone who reads it could use it to take over your account. Send it only if you are sure.</source>
        <translation>其他内容将按您输入的原样发送，看到这些内容的任何人都可能借此控制您的账户。请确认无误后再发送。</translation>
    </message>
    <message>
        <source>If you send anyway, it is sent exactly as you typed it, and anyone who reads it could use it to take over your account. Send it only if you are sure.</source>
        <translation>如果仍要发送，内容将按您输入的原样发送，看到这些内容的任何人都可能借此控制您的账户。请确认无误后再发送。</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>修改消息</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍要发送</translation>
    </message>
    <message>
        <source>I understand: send what I typed anyway</source>
        <translation>我了解风险：仍按原样发送</translation>
    </message>
    <message>
        <source>What “Send anyway” would send:</source>
        <translation>点击“仍要发送”将发送以下内容：</translation>
    </message>
    <message>
        <source>The message as it would be sent</source>
        <translation>将要发送的消息内容</translation>
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
    <message>
        <source>This recovery code is not correct or was already used.</source>
        <translation>此恢复码不正确或已被使用。</translation>
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
    <name>okpay::SupportEmailService</name>
    <message>
        <source>You were signed out, so the message was not sent. Sign in and send it again.</source>
        <translation>您已退出登录，消息未发送。请登录后重新发送。</translation>
    </message>
    <message>
        <source>The message could not be saved on this computer, so it was not sent. Check that the disk is not full and try again.</source>
        <translation>无法在这台电脑上保存消息，因此未发送。请确认磁盘空间未满后重试。</translation>
    </message>
</context>
<context>
    <name>okpay::SupportService</name>
    <message>
        <source>“%1” cannot be attached: %2</source>
        <translation>无法添加附件“%1”：%2</translation>
    </message>
    <message>
        <source>OKPay sent an answer this version of the app cannot read. Please try again later.</source>
        <translation>OKPay 的回复无法被当前版本的应用识别。请稍后再试。</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Opening an account</source>
        <translation>开户</translation>
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
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>优惠活动</translation>
    </message>
    <message>
        <source>Security and sign-in</source>
        <translation>安全与登录</translation>
    </message>
    <message>
        <source>Identity verification and limits</source>
        <translation>身份认证与限额</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB.</source>
        <translation>文件超过 10 MB。</translation>
    </message>
    <message>
        <source>only PNG and JPEG images, PDF documents and plain text files can be attached.</source>
        <translation>只能添加 PNG 和 JPEG 图片、PDF 文档和纯文本文件。</translation>
    </message>
    <message>
        <source>Choose a topic and fill in the subject and the description (up to 5 files).</source>
        <translation>请选择问题类型，并填写标题和问题描述（最多 5 个附件）。</translation>
    </message>
    <message>
        <source>The ticket could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>无法在这台电脑上保存工单。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <source>Write a reply of up to 20,000 characters (up to 5 files).</source>
        <translation>请填写回复，最多 20000 个字符（最多 5 个附件）。</translation>
    </message>
    <message>
        <source>The reply could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>无法在这台电脑上保存回复。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>无法将文件保存到该位置。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>okpay::TicketAttachmentList</name>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Attach a screenshot of this window</source>
        <translation>添加此窗口的截图</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up to 5 files of 10 MB each: PNG or JPEG images, PDF documents or text files.</source>
        <translation>最多 5 个文件，每个不超过 10 MB：PNG 或 JPEG 图片、PDF 文档或文本文件。</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已添加的附件</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <source>You can attach up to 5 files. Remove one to add another.</source>
        <translation>最多可添加 5 个文件。请先移除一个再添加。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Screenshots and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)</source>
        <translation>截图和文档 (*.png *.jpg *.jpeg *.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: %2</source>
        <translation>无法添加附件“%1”：%2</translation>
    </message>
    <message>
        <source>screenshot-%1.png</source>
        <translation>截图-%1.png</translation>
    </message>
    <message>
        <source>%1 (screenshot)</source>
        <translation>%1（截图）</translation>
    </message>
    <message>
        <source>%1 (checking…)</source>
        <translation>%1（正在检查…）</translation>
    </message>
</context>
<context>
    <name>okpay::TicketForm</name>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Include diagnostics (app version, system and recent problems)</source>
        <translation>附带诊断信息（应用版本、系统及最近出现的问题）</translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation>提交工单</translation>
    </message>
    <message>
        <source>Back to my tickets</source>
        <translation>返回我的工单</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Tell us what happened. Tickets are accepted at any time and answered during support hours; you can write offline, the ticket is sent when you are back online.</source>
        <translation>请告诉我们发生了什么。工单可随时提交，我们会在服务时间内回复；离线时也可以填写，恢复联网后会自动发送。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>选择问题类型…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>For example: Withdrawal to my bank is still pending</source>
        <translation>例如：提现到银行账户后一直显示处理中</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>What happened, when, and what you expected. Never write your password, verification codes or recovery phrase: OKPay staff never ask for them.</source>
        <translation>发生了什么、何时发生、您期望的结果是什么。切勿填写密码、验证码或助记词：OKPay 工作人员绝不会向您索要这些信息。</translation>
    </message>
    <message>
        <source>Related transaction</source>
        <translation>相关交易</translation>
    </message>
    <message>
        <source>Do not link the earlier ticket</source>
        <translation>不关联之前的工单</translation>
    </message>
    <message>
        <source>Diagnostics that will be sent</source>
        <translation>将要发送的诊断信息</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Ticket saved. It is sent now, or as soon as you are back online.</source>
        <translation>工单已保存，将立即发送；如当前离线，将在恢复联网后发送。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Follows up your earlier ticket %1.</source>
        <translation>跟进您之前的工单 %1。</translation>
    </message>
    <message>
        <source>Your unsent ticket was restored.</source>
        <translation>已恢复您未发送的工单。</translation>
    </message>
    <message>
        <source>Choose the topic closest to your question.</source>
        <translation>请选择与您的问题最接近的类型。</translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>请填写简短的标题。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <source>The description is too long: 18,000 characters at most.</source>
        <translation>问题描述过长：最多 18000 个字符。</translation>
    </message>
    <message>
        <source>Wait until the files are checked.</source>
        <translation>请等待文件检查完成。</translation>
    </message>
    <message>
        <source>Not sent. Edit your ticket, then send it again.</source>
        <translation>未发送。请修改工单后重新发送。</translation>
    </message>
    <message>
        <source>Saving your ticket…</source>
        <translation>正在保存工单…</translation>
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
    <message>
        <source>%1 · %2, %3, new reply</source>
        <translation>%1 · %2，%3，有新回复</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2，%3</translation>
    </message>
</context>
<context>
    <name>okpay::TicketRatingBox</name>
    <message>
        <source>How did we do?</source>
        <translation>您对我们的服务满意吗？</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>提交评价</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the answer</source>
        <translation>对本次答复的意见</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>评语（选填）</translation>
    </message>
    <message>
        <source>You rated this answer %1 of 5. You can change your rating.</source>
        <translation>您给本次答复打了 %1 分（满分 5 分）。您可以修改评价。</translation>
    </message>
    <message>
        <source>Your rating helps us improve.</source>
        <translation>您的评价有助于我们改进服务。</translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation>正在提交评价…</translation>
    </message>
</context>
<context>
    <name>okpay::TicketReplyBox</name>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>您的回复</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>写下您的回复…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>等待发送：%1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Your reply “%1” — %2</source>
        <translation>您的回复“%1” — %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <translation>请先填写回复。</translation>
    </message>
    <message>
        <source>Wait until the files are checked.</source>
        <translation>请等待文件检查完成。</translation>
    </message>
    <message>
        <source>Not sent. Edit your reply, then send it again.</source>
        <translation>未发送。请修改回复后重新发送。</translation>
    </message>
    <message>
        <source>Saving your reply…</source>
        <translation>正在保存回复…</translation>
    </message>
</context>
<context>
    <name>okpay::TicketThreadView</name>
    <message>
        <source>‹ My tickets</source>
        <translation>‹ 我的工单</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>Open a new ticket linked to this one</source>
        <translation>新建关联此工单的工单</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Why the problem is not solved</source>
        <translation>问题未解决的原因</translation>
    </message>
    <message>
        <source>What is still not working? (optional)</source>
        <translation>还有哪些问题没有解决？（选填）</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>正在重新打开…</translation>
    </message>
    <message>
        <source>Showing the copy saved on this computer. %1</source>
        <translation>正在显示保存在这台电脑上的副本。%1</translation>
    </message>
    <message>
        <source>The conversation could not be loaded. %1</source>
        <translation>无法加载对话记录。%1</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>工单已关闭。</translation>
    </message>
    <message>
        <source>The ticket is open again. Support will answer here.</source>
        <translation>工单已重新打开，客服会在这里回复您。</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价。</translation>
    </message>
    <message>
        <source>This ticket was solved more than 14 days ago, so it cannot be reopened. A new ticket linked to it keeps the history together.</source>
        <translation>此工单已解决超过 14 天，无法重新打开。新建一个关联此工单的工单，可以将历史记录保留在一起。</translation>
    </message>
    <message>
        <source>No app on this computer opens this file. It is saved in %1.</source>
        <translation>这台电脑上没有可以打开此文件的应用。文件已保存到 %1。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The file was not downloaded. %1</source>
        <translation>文件未下载。%1</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>about transaction %1</source>
        <translation>关于交易 %1</translation>
    </message>
    <message>
        <source>follows up an earlier ticket</source>
        <translation>跟进之前的工单</translation>
    </message>
    <message>
        <source>You can reopen it until %1.</source>
        <translation>您可以在 %1 前重新打开此工单。</translation>
    </message>
    <message>
        <source>This ticket is closed. If the problem is back, open a new ticket linked to it.</source>
        <translation>此工单已关闭。如果问题再次出现，请新建一个关联此工单的工单。</translation>
    </message>
    <message>
        <source>The conversation has not been saved on this computer yet. It appears when OKPay can be reached.</source>
        <translation>对话记录尚未保存到这台电脑。连接到 OKPay 后即会显示。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>OKPay Support</source>
        <translation>OKPay 客服</translation>
    </message>
    <message>
        <source>%1 (OKPay Support)</source>
        <translation>%1（OKPay 客服）</translation>
    </message>
    <message>
        <source>OKPay</source>
        <translation>OKPay</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Close this ticket?</source>
        <translation>要关闭此工单吗？</translation>
    </message>
    <message>
        <source>A closed ticket cannot be reopened or answered. If the problem comes back, you can open a new ticket linked to it.</source>
        <translation>工单关闭后将无法重新打开或回复。如果问题再次出现，您可以新建一个关联此工单的工单。</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
</context>
<context>
    <name>okpay::TicketsPage</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>● New reply · %1</source>
        <translation>● 新回复 · %1</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent</source>
        <translation>%1 — 等待发送</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent: %2</source>
        <translation>%1 — 等待发送：%2</translation>
    </message>
    <message>
        <source>%1 — sending…</source>
        <translation>%1 — 正在发送…</translation>
    </message>
    <message>
        <source>%1 — sent</source>
        <translation>%1 — 已发送</translation>
    </message>
    <message>
        <source>%1 — not sent: %2</source>
        <translation>%1 — 未发送：%2</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Tickets not sent yet</source>
        <translation>尚未发送的工单</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>暂无工单</translation>
    </message>
    <message>
        <source>A question about a payment or your account? Open a ticket: the answer appears here, and you can follow up in the same conversation.</source>
        <translation>对付款或账户有疑问？请提交工单：回复会显示在这里，您还可以在同一对话中继续跟进。</translation>
    </message>
    <message>
        <source>Your ticket is saved and is sent as soon as OKPay can be reached. It appears in the list then.</source>
        <translation>您的工单已保存，连接到 OKPay 后会立即发送，届时将显示在列表中。</translation>
    </message>
    <message>
        <source>When you open a ticket, your conversation with support appears here.</source>
        <translation>提交工单后，您与客服的对话会显示在这里。</translation>
    </message>
    <message>
        <source>Select a ticket to read the conversation, or open a new ticket.</source>
        <translation>选择一个工单即可查看对话，也可以新建工单。</translation>
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
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Lost your phone? Use a recovery code instead</source>
        <translation>手机丢失？改用恢复码</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes, such as abcd-efgh-2345.</source>
        <translation>请输入您的任一恢复码，例如 abcd-efgh-2345。</translation>
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
