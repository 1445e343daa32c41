<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiErrorText</name>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n second.</numerusform>
            <numerusform>Too many attempts. Please try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodDescription</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::BalancePage</name>
    <message numerus="yes">
        <source>%n transaction(s) exported to %1.</source>
        <translation>
            <numerusform>%n transaction exported to %1.</numerusform>
            <numerusform>%n transactions exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::ChatHeader</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::ChatRatingDialog</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::FundingPage</name>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 has at most %n decimal place.</numerusform>
            <numerusform>%1 has at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::SecretWarningDialog</name>
    <message numerus="yes">
        <source>A verification code (%n digits)</source>
        <translation>
            <numerusform>A verification code (%n digit)</numerusform>
            <numerusform>A verification code (%n digits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::TicketRatingBox</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::TrayIcon</name>
    <message numerus="yes">
        <source>OKPay Wallet: %n unread support reply(s)</source>
        <translation>
            <numerusform>OKPay Wallet: %n unread support reply</numerusform>
            <numerusform>OKPay Wallet: %n unread support replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okpay::VerifyEmailPage</name>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <translation>
            <numerusform>Send again in %n s</numerusform>
            <numerusform>Send again in %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
