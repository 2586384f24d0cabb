// Given names, each surface spelling mapped to its usual English form ("Sergueï" -> "Sergei").
// A capitalised word after one of these is read as a surname: "Nikolaï Snopkov" is a person.

export const FIRST_NAMES: Readonly<Record<string, string>> = {
  // Russian, Belarusian, Ukrainian: French and English transliterations
  Alexandre: 'Alexander', Alexander: 'Alexander', Aleksandr: 'Alexander', Alexandr: 'Alexander', Aliaksandr: 'Alexander',
  Alexeï: 'Alexei', Alexei: 'Alexei', Alexey: 'Alexei', Aleksei: 'Alexei',
  Anatoli: 'Anatoly', Anatoly: 'Anatoly', Andreï: 'Andrei', Andrei: 'Andrei', Andrey: 'Andrei',
  Anton: 'Anton', Arkadi: 'Arkady', Arkady: 'Arkady', Artem: 'Artyom', Artiom: 'Artyom',
  Boris: 'Boris', Dmitri: 'Dmitry', Dmitry: 'Dmitry', Dmitriy: 'Dmitry', Denis: 'Denis',
  Evgueni: 'Yevgeny', Evgeni: 'Yevgeny', Evgeny: 'Yevgeny', Yevgeny: 'Yevgeny', Fiodor: 'Fyodor', Fedor: 'Fyodor', Fyodor: 'Fyodor',
  Gennadi: 'Gennady', Gennady: 'Gennady', Gueorgui: 'Georgy', Georgui: 'Georgy', Georgy: 'Georgy', Georgi: 'Georgy',
  Grigori: 'Grigory', Grigory: 'Grigory', Igor: 'Igor', Ilia: 'Ilya', Ilya: 'Ilya', Ivan: 'Ivan',
  Iouri: 'Yuri', Youri: 'Yuri', Yuri: 'Yuri', Yury: 'Yuri', Kirill: 'Kirill', Konstantin: 'Konstantin',
  Leonid: 'Leonid', Maxime: 'Maxim', Maksim: 'Maxim', Maxim: 'Maxim', Mikhaïl: 'Mikhail', Mikhail: 'Mikhail',
  Nikolaï: 'Nikolai', Nikolai: 'Nikolai', Nikolay: 'Nikolai', Oleg: 'Oleg', Pavel: 'Pavel', Petr: 'Pyotr', Piotr: 'Pyotr', Pyotr: 'Pyotr',
  Roman: 'Roman', Ruslan: 'Ruslan', Sergueï: 'Sergei', Sergei: 'Sergei', Sergey: 'Sergei', Siarhei: 'Sergei',
  Stanislav: 'Stanislav', Valentin: 'Valentin', Valeri: 'Valery', Valéri: 'Valery', Valéry: 'Valery', Valery: 'Valery',
  Vassili: 'Vasily', Vasily: 'Vasily', Viatcheslav: 'Vyacheslav', Vyacheslav: 'Vyacheslav', Viktor: 'Viktor', Victor: 'Viktor',
  Vitali: 'Vitaly', Vitaly: 'Vitaly', Vladimir: 'Vladimir', Vladislav: 'Vladislav', Volodymyr: 'Volodymyr', Iaroslav: 'Yaroslav', Yaroslav: 'Yaroslav',
  Mykola: 'Mykola', Oleksandr: 'Oleksandr', Oleksiy: 'Oleksiy', Petro: 'Petro', Andriy: 'Andriy', Dmytro: 'Dmytro',
  Anna: 'Anna', Daria: 'Darya', Darya: 'Darya', Ekaterina: 'Yekaterina', Iekaterina: 'Yekaterina', Elena: 'Yelena', Ielena: 'Yelena',
  Irina: 'Irina', Lioudmila: 'Lyudmila', Ludmila: 'Lyudmila', Lyudmila: 'Lyudmila', Maria: 'Maria', Marina: 'Marina',
  Natalia: 'Natalya', Natalya: 'Natalya', Nadejda: 'Nadezhda', Nadezhda: 'Nadezhda', Olga: 'Olga',
  Svetlana: 'Svetlana', Tatiana: 'Tatyana', Tatyana: 'Tatyana', Valentina: 'Valentina', Veronika: 'Veronika', Ioulia: 'Yulia', Yulia: 'Yulia', Julia: 'Yulia',
  Viktoria: 'Viktoria', Galina: 'Galina', Larissa: 'Larisa', Larisa: 'Larisa', Zinaida: 'Zinaida', Anastasia: 'Anastasia',
  // Caucasus, Central Asia, Iran, Turkey, China
  Ilham: 'Ilham', Nikol: 'Nikol', Kassym: 'Kassym', Noursoultan: 'Nursultan', Nursultan: 'Nursultan', Chavkat: 'Shavkat', Shavkat: 'Shavkat',
  Sadyr: 'Sadyr', Emomali: 'Emomali', Ebrahim: 'Ebrahim', Hassan: 'Hassan', Massoud: 'Masoud', Masoud: 'Masoud', Abbas: 'Abbas', Ali: 'Ali', Mohammad: 'Mohammad',
  Recep: 'Recep', Hakan: 'Hakan', Wang: 'Wang', Li: 'Li',
  // Western and other common given names
  Emmanuel: 'Emmanuel', Olaf: 'Olaf', Joe: 'Joe', Donald: 'Donald', Antony: 'Antony', Jens: 'Jens', Mark: 'Mark', Ursula: 'Ursula', Josep: 'Josep',
  Robert: 'Robert', Narendra: 'Narendra', Jean: 'Jean', Pierre: 'Pierre', Paul: 'Paul', Michel: 'Michel', Marie: 'Marie',
  Georges: 'Georges', Jacques: 'Jacques', Louis: 'Louis', Antonio: 'Antonio', António: 'António', Luiz: 'Luiz', Cyril: 'Cyril', Kim: 'Kim',
  John: 'John', David: 'David', Peter: 'Peter', Thomas: 'Thomas', Michael: 'Michael', Sarah: 'Sarah', Laura: 'Laura', Sophie: 'Sophie',
};
