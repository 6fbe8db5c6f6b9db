import sharp from 'sharp';
const [,, src, top, height, out] = process.argv;
await sharp(src).extract({ left: 0, top: Number(top), width: (await sharp(src).metadata()).width!, height: Number(height) }).toFile(out!);
