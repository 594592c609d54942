import { describe, expect, it } from 'vitest';
import { ATTACHMENT_ACCEPT, acceptedName, attachmentMessages, attachmentRefusal } from './attachment-types';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14);
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00); // MZ

describe('attachments at the window', () => {
  it('takes scans, photos and office documents whose content matches their name', () => {
    expect(attachmentRefusal('申请表.pdf', PDF)).toBeNull();
    expect(attachmentRefusal('照片.PNG', PNG)).toBeNull();
    expect(attachmentRefusal('整改报告.docx', ZIP)).toBeNull();
    expect(attachmentRefusal('电子证照.ofd', ZIP)).toBeNull();
    expect(attachmentRefusal('扫描.tif', bytes(0x4d, 0x4d, 0x00, 0x2a))).toBeNull();
    expect(attachmentRefusal(undefined, PDF)).toBeNull();
  });

  it('refuses an executable, by name or by content', () => {
    expect(attachmentRefusal('setup.exe', EXE)).toBe(attachmentMessages.notAccepted);
    expect(attachmentRefusal('说明.pdf', EXE)).toBe(attachmentMessages.contentMismatch);
    expect(attachmentRefusal('脚本.bat', bytes(0x40, 0x65))).toBe(attachmentMessages.notAccepted);
    expect(attachmentRefusal('无扩展名', PDF)).toBe(attachmentMessages.notAccepted);
    expect(attachmentRefusal(undefined, EXE)).toBe(attachmentMessages.notAccepted);
    expect(attachmentRefusal('a.pdf.exe', PDF)).toBe(attachmentMessages.notAccepted);
    expect(attachmentRefusal('空.pdf', bytes())).toBe(attachmentMessages.contentMismatch);
  });

  it('offers the same types to the file picker', () => {
    expect(ATTACHMENT_ACCEPT).toBe('.pdf,.jpg,.jpeg,.png,.tif,.tiff,.ofd,.docx,.xlsx,.doc,.xls');
    expect(acceptedName('扫描件.JPG')).toBe(true);
    expect(acceptedName('setup.exe')).toBe(false);
  });
});
