#pragma once
#include <QDateTime>

namespace okpay {

// The source of "now" for everything time-dependent (TOTP, support hours, promotions), injectable for tests.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;  // always UTC
};

// The real wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace okpay
