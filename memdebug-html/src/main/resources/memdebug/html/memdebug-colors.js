// The shade of a function's boxes: memdebug.spi.FrameColors.shade, the hash of the name's String.hashCode()
// the PDF uses, computed the same way.
function mdShade(title) {
	let h = 0;
	for (let i = 0; i < title.length; i++) h = (Math.imul(31, h) + title.charCodeAt(i)) | 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x45d9f3b);
	h ^= h >>> 16;
	return ((h % 5) + 5) % 5;
}

// The color of a box: the root grey; else a shade of its kind's hue (the kind rides in the key's low 3 bits).
function mdColor(key) {
	if ((key >>> 3) === 0) return mdData.root;
	return mdData.kinds[key & 7].shades[mdShade(cpool[key >>> 3])];
}
