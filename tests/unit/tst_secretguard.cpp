#include "core/secretguard.h"

#include <QElapsedTimer>
#include <QTest>

#include <limits>

using namespace okpay;

namespace {
QString nameOf(SecretFinding::Kind kind)
{
    switch (kind) {
    case SecretFinding::Kind::RecoveryPhrase: return QStringLiteral("phrase");
    case SecretFinding::Kind::CardNumber: return QStringLiteral("card");
    case SecretFinding::Kind::CardSecurityCode: return QStringLiteral("cvv");
    case SecretFinding::Kind::VerificationCode: return QStringLiteral("code");
    case SecretFinding::Kind::Password: return QStringLiteral("password");
    }
    return QString();
}

// "kind=text" per finding, with '!' after the kind when the finding is strong: "card!=4111 1111 1111 1111".
QStringList described(const QList<SecretFinding> &findings, const QString &text)
{
    QStringList out;
    for (const SecretFinding &finding : findings)
        out.append(nameOf(finding.kind) + (finding.strong ? QStringLiteral("!=") : QStringLiteral("="))
                   + text.sliced(finding.start, finding.length));
    return out;
}

QString repeated(const QString &word, int times, const QString &last, const QString &separator = QStringLiteral(" "))
{
    QStringList words(times, word);
    words.append(last);
    return words.join(separator);
}

QString spaced(const QString &characters)
{
    QStringList out;
    for (const QChar c : characters)
        out.append(QString(c));
    return out.join(u' ');
}

const QString Password = QStringLiteral("Tr0ub4dor&3x!");

// BIP39 phrases with valid checksums: the Trezor test vectors and Chinese phrases made from random entropy.
const QString Abandon12 = repeated(QStringLiteral("abandon"), 11, QStringLiteral("about"));
const QString Abandon24 = repeated(QStringLiteral("abandon"), 23, QStringLiteral("art"));
const QString Legal12 = QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow");
const QString Scheme12 = QStringLiteral("scheme spot photo card baby mountain device kick cradle pact join borrow");
const QString Letter12 =
    QStringLiteral("letter advice cage absurd amount doctor acoustic avoid letter advice cage above");
const QString Chinese12 = QStringLiteral("灵够枪味仍谷盈玩焦尼戴万");
const QString Chinese12b = QStringLiteral("磷怕灰板机捕埔肥疾跨疾洲");
const QString Chinese24 = QStringLiteral("辑慌亏讲扫隆迅谷旦某教允案侵丙就迫堡贫勘豆署钩箱");
const QString ChineseBadChecksum = QStringLiteral("带能剩巷徐涉节远先罩极碧");
const QString ChineseZero = QStringLiteral("的的的的的的的的的的的在");  // the all-zero entropy vector
} // namespace

class TestSecretGuard : public QObject
{
    Q_OBJECT

private slots:
    void findsSecrets_data();
    void findsSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, password);
        QFETCH(QStringList, expected);
        const SecretGuard guard(password.isEmpty() ? std::nullopt
                                                   : std::optional<PasswordFingerprint>(PasswordFingerprint(password)));
        QCOMPARE(described(guard.scan(text), text), expected);
    }

    void masksOnlyDetectedCardNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        const auto row = [](const char *name, const QString &text, const QString &masked) {
            QTest::newRow(name) << text << masked;
        };
        const auto unchanged = [&](const char *name, const QString &text) { row(name, text, text); };
        row("visa with spaces", QStringLiteral("4111 1111 1111 1111 ok"), QStringLiteral("4111 11•• •••• 1111 ok"));
        row("mastercard with dashes", QStringLiteral("5555-5555-5555-4444"), QStringLiteral("5555-55••-••••-4444"));
        row("amex in one piece", QStringLiteral("378282246310005"), QStringLiteral("378282•••••0005"));
        row("amex 4-6-5", QStringLiteral("3782 822463 10005"), QStringLiteral("3782 82•••• •0005"));
        row("two cards in chinese", QStringLiteral("卡号4111111111111111和5105105105105100"),
            QStringLiteral("卡号411111••••••1111和510510••••••5100"));
        row("cvv stays", QStringLiteral("4111111111111111 cvv 123"), QStringLiteral("411111••••••1111 cvv 123"));
        unchanged("luhn invalid", QStringLiteral("4111 1111 1111 1112"));
        unchanged("url", QStringLiteral("https://shop.example/o/4111111111111111"));
        unchanged("phone", QStringLiteral("+86 138 0013 8000"));
        QTest::newRow("empty") << QString() << QString();
    }
    void masksOnlyDetectedCardNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(SecretGuard::maskCardNumbers(text), masked);
    }

    void emptyTextHasNoFindings()
    {
        QVERIFY(SecretGuard(PasswordFingerprint(Password)).scan(QString()).isEmpty());
        QVERIFY(SecretGuard().scan(QStringView()).isEmpty());
    }

    void scansOneMegabyteWithoutTrouble_data()
    {
        QTest::addColumn<QString>("chunk");
        // Mixed content, so that every scanner has work: digits, list words in prose, Chinese prose, labels.
        QTest::newRow("mixed") << QStringLiteral("Hi, my order 12345 from 2024-05-18 10:30 cost 99.50; please check "
                                                 "the balance. 你好，我的账户余额不对，请帮我查一下。code? ");
        // Worst cases for single scanners: one endless number, run, chain or list of candidates.
        QTest::newRow("digits only") << QStringLiteral("4111111111111111");
        QTest::newRow("one-digit groups") << QStringLiteral("1 ");
        QTest::newRow("english list words") << QStringLiteral("abandon ability ");
        QTest::newRow("chinese list characters") << QStringLiteral("灵够枪味仍谷盈玩焦尼戴万");
        QTest::newRow("cards with codes") << QStringLiteral("4111111111111111 12/27 123 验证码 654321 ");
        QTest::newRow("urls and ibans") << QStringLiteral("www.x.com/4111111111111111 DE89 3704 0044 0532 0130 00 ");
    }
    void scansOneMegabyteWithoutTrouble()
    {
        QFETCH(QString, chunk);
        QString text;
        while (text.size() < 1024 * 1024)
            text += chunk;
        text += u'\n' + Legal12;
        QElapsedTimer timer;
        timer.start();
        const QList<SecretFinding> found = SecretGuard(PasswordFingerprint(Password)).scan(text);
        qInfo("1 MB scanned in %lld ms, %lld findings", static_cast<long long>(timer.elapsed()),
              static_cast<long long>(found.size()));
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.last().kind, SecretFinding::Kind::RecoveryPhrase);
    }
};

void TestSecretGuard::findsSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("expected");
    const auto none = QStringList();
    const auto one = [](const char *kind, QStringView match) {
        return QStringList{QString::fromUtf8(kind) + u'=' + match.toString()};
    };
    const auto row = [](const char *name, const QString &text, const QStringList &expected,
                        const QString &password = QString()) {
        QTest::newRow(name) << text << password << expected;
    };
    const auto whole = [&](const char *name, const char *kind, const QString &text) {
        row(name, text, one(kind, text));
    };

    // English recovery phrases.
    whole("english 12 words with checksum", "phrase!", Abandon12);
    whole("english 24 words with checksum", "phrase!", Abandon24);
    whole("english vector legal winner", "phrase!", Legal12);
    whole("english upper case", "phrase!", Legal12.toUpper());
    whole("english capitalised words", "phrase!",
          QStringLiteral("Scheme Spot Photo Card Baby Mountain Device Kick Cradle Pact Join Borrow"));
    whole("english comma separated", "phrase!", QString(Scheme12).replace(u' ', QStringLiteral(", ")));
    whole("english one word per line", "phrase!", QString(Letter12).replace(u' ', u'\n'));
    row("english numbered list", QStringLiteral("1. legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth "
                                                "8. useful 9. legal 10. winner 11. thank 12. yellow"),
        one("phrase!", QStringLiteral("legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful "
                                      "9. legal 10. winner 11. thank 12. yellow")));
    row("english phrase inside a sentence", QStringLiteral("My words are: ") + Legal12 + QStringLiteral(". Help!"),
        one("phrase!", Legal12));
    whole("english extra list words before the phrase", "phrase!", QStringLiteral("secret phrase ") + Letter12);
    whole("english wrong checksum", "phrase", repeated(QStringLiteral("abandon"), 11, QStringLiteral("abandon")));
    row("english 11 words", Legal12.first(Legal12.lastIndexOf(u' ')), none);
    row("english list words in prose",
        QStringLiteral("Please check my balance because the deposit did not arrive after two days, I need help"), none);
    row("english words joined by hyphens", QString(Abandon12).replace(u' ', u'-'), none);
    row("english words joined by full stops", QString(Abandon12).replace(u' ', u'.'), none);
    row("english words glued to digits", QString(Abandon12).replace(u' ', QStringLiteral("1 ")), none);

    // Simplified Chinese recovery phrases.
    whole("chinese 12 with spaces", "phrase!", spaced(Chinese12b));
    whole("chinese 12 without spaces", "phrase!", Chinese12);
    whole("chinese 24 without spaces", "phrase!", Chinese24);
    row("chinese after a label", QStringLiteral("我的助记词：") + Chinese12 + QStringLiteral("。"), one("phrase!", Chinese12));
    // Without a separator the phrase cannot be told from the words glued to it: the finding covers both.
    whole("chinese glued to a request", "phrase!", QStringLiteral("帮我恢复") + Chinese12b);
    whole("chinese comma separated", "phrase!", QString(spaced(Chinese12)).replace(u' ', u'，'));
    row("chinese numbered", QStringLiteral("1.灵 2.够 3.枪 4.味 5.仍 6.谷 7.盈 8.玩 9.焦 10.尼 11.戴 12.万"),
        one("phrase!", u"灵 2.够 3.枪 4.味 5.仍 6.谷 7.盈 8.玩 9.焦 10.尼 11.戴 12.万"));
    whole("chinese wrong checksum", "phrase", ChineseBadChecksum);
    whole("chinese zero vector with spaces", "phrase!", spaced(ChineseZero));
    // The most frequent characters in a row read exactly like prose: without spaces this vector is not told apart.
    row("chinese zero vector without spaces reads as prose", ChineseZero, none);
    row("chinese 11 with spaces", spaced(Chinese12.first(11)), none);
    row("chinese support request", QStringLiteral("你好，我昨天在你们的应用里充值了一笔钱，但是到现在还没有到账，"
                                                  "请问是什么原因？我已经等了很长时间了。"),
        none);
    row("chinese unpunctuated chat", QStringLiteral("我在淘宝上买了一个手机壳结果发货太慢了客服也不理我我要投诉他们"
                                                    "退款申请已经提交三次了都被驳回"),
        none);
    row("chinese warning about phrases", QStringLiteral("为了保护你的资产安全，请不要把你的助记词告诉任何人，包括我们的"
                                                        "客服人员。"),
        none);
    row("chinese prose about a transfer", QStringLiteral("比特币价格最近波动很大我想把钱包里的币转到交易所卖掉但是转账"
                                                         "一直显示待确认矿工费要不要调高"),
        none);

    // Card numbers.
    whole("visa in one piece", "card!", QStringLiteral("4111111111111111"));
    row("visa with spaces after a label", QStringLiteral("Card: 4111 1111 1111 1111."),
        one("card!", u"4111 1111 1111 1111"));
    whole("visa with dashes", "card!", QStringLiteral("4242-4242-4242-4242"));
    whole("mastercard with spaces", "card!", QStringLiteral("5555 5555 5555 4444"));
    whole("mastercard 2-series", "card!", QStringLiteral("2223003122003222"));
    whole("amex grouped 4-6-5", "card!", QStringLiteral("3782 822463 10005"));
    row("unionpay 19 digits in chinese", QStringLiteral("我的卡号是6212345678901234569谢谢"),
        one("card!", u"6212345678901234569"));
    whole("luhn valid without known network", "card", QStringLiteral("9999 9999 9999 9995"));
    row("luhn invalid", QStringLiteral("4111 1111 1111 1112"), none);
    row("order number", QStringLiteral("Order number: 2023051800001234"), none);
    row("chinese order number", QStringLiteral("订单号：2023051800001234"), none);
    row("url with card-like digits", QStringLiteral("see https://shop.example/orders/4111111111111111?x=1 now"), none);
    row("www url with digits", QStringLiteral("www.example.com/track/5555555555554444"), none);
    row("phone number with country code", QStringLiteral("call +86 138 0013 8000"), none);
    row("phone number glued to plus", QStringLiteral("+8613800138002"), none);
    row("phone label before luhn valid digits", QStringLiteral("电话 8613800138002"), none);
    row("hotline number", QStringLiteral("hotline 400-123-4567"), none);
    row("iban with spaces", QStringLiteral("IBAN DE89 3704 0044 0532 0130 00"), none);
    row("iban compact", QStringLiteral("GB82WEST12345698765432"), none);
    row("iban with bank code", QStringLiteral("GB82 WEST 1234 5698 7654 32"), none);
    row("timestamp digits", QStringLiteral("log 20240518103047 and 20240518 103047"), none);
    row("amount with decimals", QStringLiteral("total 1234567890128.50"), none);

    // Card security codes.
    row("cvv label after card", QStringLiteral("4111 1111 1111 1111 exp 12/27 cvv 123"),
        QStringList{QStringLiteral("card!=4111 1111 1111 1111"), QStringLiteral("cvv!=123")});
    row("cvv right after card and expiry", QStringLiteral("5555555555554444 12/27 321"),
        QStringList{QStringLiteral("card!=5555555555554444"), QStringLiteral("cvv=321")});
    row("cvc four digits", QStringLiteral("CVC: 4567"), one("cvv!", u"4567"));
    row("chinese security code", QStringLiteral("安全码是 123"), one("cvv!", u"123"));
    row("three digits without card context", QStringLiteral("I waited 123 minutes"), none);
    row("expiry alone", QStringLiteral("valid thru 12/2027"), none);

    // Verification codes.
    row("code after label", QStringLiteral("my code is 123456"), one("code!", u"123456"));
    row("chinese verification code", QStringLiteral("验证码：654321"), one("code!", u"654321"));
    row("2fa eight digits", QStringLiteral("2FA 12345678"), one("code!", u"12345678"));
    row("otp glued to label", QStringLiteral("OTP:987654"), one("code!", u"987654"));
    row("chinese dynamic code", QStringLiteral("动态码 888999，五分钟内有效"), one("code!", u"888999"));
    row("code split in halves", QStringLiteral("Authenticator code: 123 456"), one("code!", u"123 456"));
    row("phone number groups are not a split code", QStringLiteral("code? call 415 555 2671"), none);
    row("label after the code", QStringLiteral("123456 is your verification code"), one("code", u"123456"));
    row("authenticator a few words away", QStringLiteral("authenticator shows 246810"), one("code", u"246810"));
    row("plain amount", QStringLiteral("I paid 123456 yen"), none);
    row("zip code", QStringLiteral("zip code 100080"), none);
    row("chinese postcode", QStringLiteral("邮编100080"), none);
    row("code too short", QStringLiteral("code 1234"), none);
    row("code too long", QStringLiteral("code 123456789"), none);
    row("code in another sentence", QStringLiteral("I lost the code. Paid 123456 yen."), none);
    row("dates and times", QStringLiteral("on 2024-05-18 at 12:30, again 18/05/2024 10:30:45"), none);

    // The user's password.
    row("password verbatim", QStringLiteral("my password is ") + Password, one("password!", Password), Password);
    row("password in chinese text", QStringLiteral("密码是") + Password + u"谢谢", one("password!", Password), Password);
    row("password twice", Password + u' ' + Password,
        QStringList{QStringLiteral("password!=") + Password, QStringLiteral("password!=") + Password}, Password);
    row("password absent", QStringLiteral("I forgot my password"), none, Password);
    row("password partially present", QStringLiteral("it starts with Tr0ub4dor&3"), none, Password);
    row("password in another case", Password.toLower(), none, Password);

    // Several kinds in one message, reported in text order.
    row("everything at once", QStringLiteral("验证码 123456; card 4111111111111111 cvv 999; ") + Legal12,
        QStringList{QStringLiteral("code!=123456"), QStringLiteral("card!=4111111111111111"),
                    QStringLiteral("cvv!=999"), QStringLiteral("phrase!=") + Legal12});
}

QTEST_APPLESS_MAIN(TestSecretGuard)
#include "tst_secretguard.moc"
