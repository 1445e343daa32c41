#pragma once
#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace okpay::test {

// Saves a PNG of the widget to $OKPAY_SCREENSHOT_DIR/<name>.png when that variable is set, so every UI test doubles
// as a way to look at the screen it drives (in English and Chinese).
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OKPAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();  // widgets added to a visible parent show on the next event loop turn
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace okpay::test
