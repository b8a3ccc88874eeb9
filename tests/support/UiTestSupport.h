// Helpers for widget tests.
#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace relatio::test {

// Runs fn on the modal dialog of type T once it is open (call it before what opens the dialog).
template<typename T>
void whenOpen(const std::function<void(T *)> &fn)
{
    QTimer::singleShot(0, [fn]() {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            fn(dialog);
        else
            whenOpen<T>(fn);
    });
}

} // namespace relatio::test
