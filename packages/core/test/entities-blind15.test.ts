/**
 * Categories found in the twelfth and thirteenth held-out evaluations (Syria 2016 outside Aleppo; Aleppo from July
 * to December 2016), opened after they were measured sealed. The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a word with an attached pronoun is no place in a list, also with ة written as ت (إدارتها)': [
    {
      sentence: 'وتعمل الدولتان على خطة للسيطرة على الرقة وإدارتها بعد طرد التنظيم.',
      found: ['LOC:الرقة'],
      absent: ['LOC:إدارتها'],
    },
    {
      sentence: 'وتواصل القصف على أحياء الشعار وكرم الجبل، واقترابهم من القلعة.',
      found: ['LOC:الشعار', 'LOC:كرم الجبل'],
      absent: ['LOC:اقترابهم'],
    },
    { sentence: 'وقصفت الطائرات قرية كفرنبودة وبلدة جبلة.', found: ['LOC:كفرنبودة', 'LOC:جبلة'] },
  ],
});
