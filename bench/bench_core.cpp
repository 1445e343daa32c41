// Prints how long the core's hot paths take: money parsing and formatting, fee quotes, TOTP verification, and the
// secret guard over a 10 KB support message (with and without the user's password to look for).
#include "core/feerule.h"
#include "core/moneyformat.h"
#include "core/moneyparser.h"
#include "core/quote.h"
#include "core/secretguard.h"
#include "core/totp.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace okpay;

template<typename F>
void measure(const char *name, int iterations, F &&body)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        body(i);
    const double nsPerOp = double(timer.nsecsElapsed()) / iterations;
    QTextStream(stdout) << name << ": " << nsPerOp << " ns/op over " << iterations << " iterations" << Qt::endl;
}

int main()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const Currency usd = Currency::usd();
    volatile qint64 sink = 0;
    measure("MoneyParser::parse(\"12,345.67\")", 200000,
            [&](int) { sink = sink + MoneyParser::parse(u"12,345.67", usd, en).money->minor(); });
    measure("MoneyFormat::withSymbol", 200000,
            [&](int i) { sink = sink + MoneyFormat::withSymbol(Money(i, usd), en).size(); });
    const FeeRule rule = *FeeRule::create(usd, 290, 30, 50, 5000);
    measure("Quote::calculate", 200000, [&](int i) {
        QuoteError error;
        sink = sink + Quote::calculate(Money(1000 + i, usd), rule, {}, QDateTime(), AmountLimits{}, &error).fee.minor();
    });
    const Totp totp(Totp::Params{QByteArray("12345678901234567890"), 6, 30, OtpAlgorithm::Sha1});
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    measure("Totp::verify (miss, 3 steps)", 50000, [&](int) { sink = sink + totp.verify(u"000000", now).value_or(0); });
    QString message;
    while (message.size() < 10 * 1024)
        message += QStringLiteral("Order 12345, card 4111 1111 1111 1111, please check. 我昨天充值了一笔钱还没到账。 ");
    const SecretGuard guard;
    measure("SecretGuard::scan (10 KB)", 200, [&](int) { sink = sink + guard.scan(message).size(); });
    const SecretGuard withPassword(PasswordFingerprint(u"vivid-Tundra-73-oscillate!"));
    measure("SecretGuard::scan (10 KB, with password)", 100, [&](int) { sink = sink + withPassword.scan(message).size(); });
    return 0;
}
