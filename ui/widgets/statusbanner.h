#pragma once
#include "services/syncengine.h"

#include <QLabel>

namespace okpay {

// The one connection banner at the top of the window: hidden while online, otherwise says what is wrong and how
// old the data on screen is ("Offline — showing data from 14:32").
class StatusBanner : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);
    void show(SyncEngine::State state, const QDateTime &lastSynced);
    static QString textFor(SyncEngine::State state, const QDateTime &lastSynced, const QLocale &locale);
};

} // namespace okpay
