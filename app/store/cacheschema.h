#pragma once
#include <QList>
#include <QStringList>

namespace okpay {

// The cache's schema steps; step i (1-based) brings PRAGMA user_version from i-1 to i. Append, never edit.
const QList<QStringList> &cacheSchemaSteps();

} // namespace okpay
