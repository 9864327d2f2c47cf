#pragma once

// Walks a screen's item tree for the QML tests, as assistive technology and
// fingers see it:
//  - violations(): every visible interactive control (buttons, text inputs,
//    combo boxes, spin boxes, sliders, mouse areas...) must expose an
//    accessible role and a non-empty name, and be at least `minMillimetres`
//    wide and high at the screen's DPI. Returns one line per problem.
//  - stringsHolding(): every string (or string list) property of every
//    object under the root that contains `needle`: "a visitor's input
//    survives nowhere".

#include <QObject>
#include <QStringList>
#include <QQuickItem>

namespace intake::testing {

class UiInspector : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    Q_INVOKABLE QStringList violations(QQuickItem* root, double minMillimetres = 10.0) const;
    Q_INVOKABLE QStringList stringsHolding(QObject* root, const QString& needle) const;
    // How many interactive controls violations() looked at (so a test can
    // tell an empty walk from a clean one).
    Q_INVOKABLE int interactiveCount(QQuickItem* root) const;
    // Class and objectName of each of them (for a failing test's message).
    Q_INVOKABLE QStringList interactiveNames(QQuickItem* root) const;
    // Pixels per millimetre the checks use.
    Q_INVOKABLE double pixelsPerMillimetre(QQuickItem* item) const;
};

}  // namespace intake::testing
