// Screenshots for the QML tests: grab `item`, write it as
// <device.screenshotDir>/<name>.png and check that it rendered something:
// a white or single-colour image (nothing drawn) fails the test.
.pragma library

function capture(testCase, item, device, name) {
    testCase.waitForRendering(item)
    const image = testCase.grabImage(item)
    testCase.verify(image.width > 0 && image.height > 0, name + ": empty grab")
    const colours = {}
    let distinct = 0
    const stepX = Math.max(1, Math.floor(image.width / 40))
    const stepY = Math.max(1, Math.floor(image.height / 40))
    for (let y = 0; y < image.height; y += stepY) {
        for (let x = 0; x < image.width; x += stepX) {
            const key = String(image.pixel(x, y))
            if (!colours[key]) {
                colours[key] = true
                distinct += 1
            }
        }
    }
    testCase.verify(distinct >= 3, name + ": rendered nothing (" + distinct + " colours)")
    image.save(device.screenshotDir + "/" + name + ".png")
}
